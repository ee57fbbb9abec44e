#pragma once

// Places for an imported draw.io page, on the .cwa JSON the import builds: node entries
// with "layout" {x, y, w, h} and "group"; group entries with "layout" and "parent".

#include "model/diagram.h"

#include <QRectF>
#include <QSizeF>

#include <vector>

namespace cw::interop {

/// A group's frame as drawn, by id.
struct GroupBox {
    QString id;
    QRectF rect;
};

double area(const QRectF& r);
/// {"x", "y"} rounded, and "w", "h" (at least 1) when withSize.
Json rectJson(const QRectF& r, bool withSize);
/// A node entry's card: its layout, with `card` for a size it does not give.
QRectF cardOf(const Json& node, const QSizeF& card);
/// Spreads the drawing (centres and group frames scaled alike, up to 4×) just enough that
/// no two cards overlap and each card fits in its group, with room for an edge between.
void spreadApart(Json& nodes, std::vector<GroupBox>& groupBoxes, const QSizeF& card);
/// Each group grows to hold its members' cards and its inner groups, with a margin and
/// room for its title; innermost first.
void growAroundMembers(Json& groups, const Json& nodes, const QSizeF& card);

} // namespace cw::interop

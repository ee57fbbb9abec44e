#pragma once

#include "model/diagram.h"

namespace cw {

/// Brings a parsed document of an older format version up to kFormatVersion, one
/// version step at a time, in place. Golden files of every old version stay in
/// tests/data/golden and are never edited, so each step stays tested.
/// Version 1 is the first, so today the chain is empty.
void migrateToCurrent(Json& document);

} // namespace cw

#include "roles.h"

namespace cw::roles {

bool isEntryPoint(const QString& kind)
{
    return isEntryPoint(Catalog::builtin(), kind);
}

} // namespace cw::roles

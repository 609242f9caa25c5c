#include "kube/endpointslicerecord.h"

namespace lcl::kube {

int EndpointSliceRecord::readyCount() const
{
    int n = 0;
    for (const EndpointRecord& e : endpoints)
        n += e.ready ? 1 : 0;
    return n;
}

} // namespace lcl::kube

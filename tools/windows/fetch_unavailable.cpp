// http::post in the Windows program: Debian has no MinGW build of libcurl, so spleis.exe
// cannot download. `spleis population fetch` says so, and how to get the table instead.
#include "fetch/http_post.hpp"
#include "spleis/error.hpp"

namespace spleis::http {

Reply post(const Request&) {
    throw Error(Location{}, "`spleis population fetch` is not available in the Windows program (it is built without an "
                            "HTTP library); download table 07459 from https://www.ssb.no/en/statbank/table/07459 in your "
                            "browser and read it with `spleis population FILE`, or fetch on Linux");
}

}  // namespace spleis::http

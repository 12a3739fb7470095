// spleis.h from C++: the extern "C" declarations link against libspleis as they are.
#include <spleis/spleis.h>

#include <cstdio>
#include <numeric>
#include <vector>

int main() {
    const std::vector<double> populations{17207, 8098, 24908, 3200};
    std::vector<double> amounts(populations.size());
    double rate = 0;
    const int status = spleis_allocate_base_per_inhabitant(1'000'000, 100'000, 500'000, populations.data(),
                                                           static_cast<int>(populations.size()), amounts.data(),
                                                           &rate, nullptr, 0);
    const double total = std::accumulate(amounts.begin(), amounts.end(), 0.0);
    std::printf("spleis %s from C++: status %d, rate %.4f, total %.0f kr\n", spleis_version(), status, rate, total);
    return status == SPLEIS_OK && total == 1'000'000 ? 0 : 1;
}

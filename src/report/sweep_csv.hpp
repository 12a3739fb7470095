#pragma once
// Sweep results as CSV: a header, then the rows of each grid point, written by sweep_to_text()
// on the threads that solved the points. The engine's own, for `spleis sweep`, the tests and
// the benchmarks; not part of the API (include/spleis/).
#include <atomic>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "spleis/comparison.hpp"
#include "spleis/sweep.hpp"

namespace spleis {

class SweepCsv {
public:
    enum class Shape {
        long_amounts,  // one row per grid point and member: axes…,code,amount
        summary,       // one row per grid point: axes…,status,<unknown>,members_total,smallest,largest,capped,gini
    };
    SweepCsv(Shape shape, std::span<const SweepAxis> axes, std::optional<ParameterId> unknown,
             std::vector<Municipality> members, std::vector<bool> in_split);

    const std::string& header() const { return header_; }
    // Appends the point's rows to text. Several threads may describe points at once.
    void describe(const SweepPoint& point, std::string& text) const;
    // Points described so far, over every sweep this object described, that could not be
    // solved (long rows leave them out).
    std::size_t infeasible_points() const { return infeasible_; }

private:
    Shape shape_;
    std::vector<Municipality> members_;
    // Extremes and fairness over the members in the split (not self-funded), as summarize() has them.
    SpreadMeasure spread_;
    std::string header_;
    mutable std::atomic<std::size_t> infeasible_ = 0;
};

}  // namespace spleis

#pragma once
// Solving one scenario over a grid of values of one or two parameters (or the budget):
// "what if the base amount were 0, 5 000, …, 200 000 kr?".
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "spleis/money.hpp"
#include "spleis/parameter.hpp"
#include "spleis/scenario.hpp"

namespace spleis {

// One axis of the grid: a parameter (or the budget, when parameter is empty) from..to by step.
struct SweepAxis {
    std::string name;                   // as the user wrote it: "base_amount", "budget"
    std::optional<ParameterId> parameter;  // nothing for the budget
    double from = 0, to = 0, step = 0;
    std::string written = "sweep";      // where the caller gave it, for a refusal: "--param cap=…", "sweep"
    std::vector<double> values() const;  // from, from + step, … up to and including to
};

// The largest grid spleis sweeps, so a typo cannot start a job that never ends.
inline constexpr std::size_t max_sweep_points = 1'000'000;

// "base_amount=0..200000:5000". Throws spleis::Error with what was expected.
SweepAxis parse_sweep_axis(std::string_view text);

struct SweepPoint {
    std::span<const double> coordinates;  // one value per axis
    bool feasible = false;                // false: no value of the unknown meets the budget here
    std::string_view problem;             // why not, when not feasible
    double solved = 0;                    // the unknown's value, when there is one
    int capped = 0;                       // members held at the cap
    std::span<const Ore> amounts;         // every member's amount, in code order
};

// Members in code order, as the amounts in each point are given.
std::vector<Municipality> sweep_members(const Scenario& scenario);
// For each of those members: true when the rule sets its amount, false when it covers a fixed
// amount itself (self_funded). Extremes and fairness are measured over the first kind.
std::vector<bool> in_split(const Scenario& scenario, std::span<const Municipality> members);

// Solves the scenario at every grid point (the last axis varies fastest) and calls visit, in
// grid order, from the calling thread. `threads` solve in parallel (0: all cores); the results
// do not depend on it. Throws spleis::Error for an axis that cannot be swept or a grid above
// max_sweep_points.
void sweep(const Scenario& scenario, std::span<const SweepAxis> axes,
           const std::function<void(const SweepPoint&)>& visit, unsigned threads = 0);

// Writes a point's text (a CSV row, say) by appending to `text`. Called on the thread that
// solved the point, on several threads at once: it must be safe to call concurrently.
using DescribePoint = std::function<void(const SweepPoint& point, std::string& text)>;

// Like sweep(), for output that is text: each point is described where it was solved, so the
// describing runs in parallel too, and the texts are appended to `text` in grid order. The
// text does not depend on `threads`.
void sweep_to_text(const Scenario& scenario, std::span<const SweepAxis> axes, const DescribePoint& describe,
                   std::string& text, unsigned threads = 0);

}  // namespace spleis

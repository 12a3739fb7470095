#pragma once
// Calibration: finding the parameters behind published figures. A pure function from a
// Scenario (some parameters marked `calibrate`, and its facts) to the parameters, with the
// residual of every fact. No I/O happens here.
#include <cstddef>
#include <string>
#include <vector>

#include "spleis/allocation.hpp"
#include "spleis/scenario.hpp"

namespace spleis {

struct FactFit {
    double stated = 0;    // kroner, as the fact says
    double fitted = 0;    // kroner, at the calibrated parameters (after caps and floors)
    double residual = 0;  // fitted − stated
};

struct BoundMember {
    Municipality municipality;
    Limit limit = Limit::none;  // cap or floor
};

struct Calibration {
    std::vector<ParameterId> unknowns;  // the parameters marked `calibrate`, in catalogue order
    std::vector<double> values;         // one per unknown
    std::vector<FactFit> fits;          // one per fact, in the scenario's order
    std::vector<BoundMember> bound;     // members held by the cap or the floor at these values, in code order
    std::size_t pieces = 0;             // linear pieces tried (sets of capped and floored members)
    bool least_squares = false;         // more facts than unknowns: the values minimise the squared residuals
    bool facts_agree = true;            // every residual below half an øre
};

// Walks the linear pieces of the members' amounts (which members are capped or floored): on
// each, the facts form a linear system in the unknowns, solved exactly (as many facts as
// unknowns) or by least squares (more facts), until the solution lies on its own piece.
// Throws spleis::Error when nothing is marked `calibrate`, when there are fewer facts than
// unknowns, when the facts cannot determine the unknowns or contradict each other, or when a
// fact is about a self-funded member.
Calibration calibrate(const Scenario& scenario);

// The scenario with the calibrated values written in as given parameters and the facts
// removed: what `spleis run` computes with them.
Scenario with_calibrated(const Scenario& scenario, const Calibration& calibration);

}  // namespace spleis

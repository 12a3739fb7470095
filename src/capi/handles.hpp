#pragma once
// What the opaque handles of spleis.h hold. Plain data: the functions are in spleis.cpp.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "spleis/allocation.hpp"
#include "spleis/comparison.hpp"
#include "spleis/language.hpp"
#include "spleis/scenario.hpp"

namespace spleis::capi {

// The last message of a context. Scenarios and results share it with their context, so
// freeing the context first leaves them safe to use (their messages just go nowhere).
struct LastError {
    std::string message;
    Language lang = Language::en;  // of the messages: spleis_context_set_language()
};

// One value of a sweep; its members' amounts are in spleis_sweep::amounts.
struct SweepRow {
    double value = 0;
    bool feasible = false;
    double solved = 0;
    Ore members_total = 0;
    std::string problem;
};

}  // namespace spleis::capi

struct spleis_context {
    std::shared_ptr<spleis::capi::LastError> error = std::make_shared<spleis::capi::LastError>();
};

struct spleis_scenario {
    std::shared_ptr<spleis::capi::LastError> error;
    std::optional<spleis::Scenario> scenario;  // empty until a load succeeds
};

struct spleis_result {
    std::shared_ptr<spleis::capi::LastError> error;
    spleis::Allocation allocation;
};

struct spleis_comparison {
    std::shared_ptr<spleis::capi::LastError> error;
    spleis::Comparison comparison;
};

struct spleis_sweep {
    std::shared_ptr<spleis::capi::LastError> error;
    std::optional<spleis::ParameterId> unknown;  // solved at every point
    std::vector<spleis::Municipality> members;   // in code order
    std::vector<spleis::capi::SweepRow> rows;    // one per value swept
    std::vector<spleis::Ore> amounts;            // rows × members, a row's members together
};

#pragma once
// What the opaque handles of spleis.h hold. Plain data: the functions are in spleis.cpp.
#include <memory>
#include <optional>
#include <string>

#include "spleis/allocation.hpp"
#include "spleis/scenario.hpp"

namespace spleis::capi {

// The last message of a context. Scenarios and results share it with their context, so
// freeing the context first leaves them safe to use (their messages just go nowhere).
struct LastError {
    std::string message;
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

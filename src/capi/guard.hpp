#pragma once
// The one gate between the C API and the C++ engine: every entry point runs its body through
// guarded(), which turns every exception into a status code and a message. Nothing else in
// libspleis catches.
#include <string>
#include <utility>

#include "handles.hpp"
#include "spleis/spleis.h"

namespace spleis::capi {

// The call itself is wrong (a NULL pointer, an index out of range, ...): thrown by the checks
// in arguments.hpp with the status to return.
struct Refusal {
    Refusal(int status_, std::string message_) : status(status_), message{message_, message_, message_} {}
    Refusal(int status_, Text message_) : status(status_), message(std::move(message_)) {}
    int status;
    Text message;  // in each language (most are English in all three)
};

// Turns the exception in flight into a status, records its message in `error` (when there is
// one) prefixed with the function's name for refusals. Must be called inside a catch block.
int status_of_current_exception(LastError* error, const char* function) noexcept;

template <class Body>
int guarded(LastError* error, const char* function, Body&& body) noexcept {
    try {
        std::forward<Body>(body)();
        if (error) error->message.clear();
        return SPLEIS_OK;
    } catch (...) {
        return status_of_current_exception(error, function);
    }
}

inline LastError* error_of(const spleis_context* c) { return c ? c->error.get() : nullptr; }
inline LastError* error_of(const spleis_scenario* s) { return s ? s->error.get() : nullptr; }
inline LastError* error_of(const spleis_result* r) { return r ? r->error.get() : nullptr; }
inline LastError* error_of(const spleis_comparison* c) { return c ? c->error.get() : nullptr; }
inline LastError* error_of(const spleis_sweep* s) { return s ? s->error.get() : nullptr; }

}  // namespace spleis::capi

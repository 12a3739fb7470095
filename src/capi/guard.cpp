#include "guard.hpp"

#include <exception>
#include <new>

#include "spleis/error.hpp"

namespace spleis::capi {

namespace {


// Keeping a message needs memory too; when even that fails the status alone must do.
void keep(LastError* error, const char* function, const char* what, const char* detail = "") noexcept {
    if (!error) return;
    try {
        error->message.clear();
        if (function) error->message.append(function).append(": ");
        error->message.append(what).append(detail);
    } catch (...) {
        error->message.clear();
    }
}

}  // namespace

int status_of_current_exception(LastError* error, const char* function) noexcept {
    try {
        throw;
    } catch (const Refusal& e) {
        keep(error, function, e.message.in(error ? error->lang : Language::en).c_str());
        return e.status;
    } catch (const Error& e) {
        // A value an argument gave (an amount, a parameter's value), refused by the engine's
        // checks of a what-if, is that argument's fault: named by the function.
        if (!e.where().field.empty() && e.kind() == ErrorKind::input) {
            keep(error, function, e.message(error ? error->lang : Language::en).c_str());
            return SPLEIS_E_BAD_NUMBER;
        }
        keep(error, nullptr, e.located(error ? error->lang : Language::en).c_str());
        return error_class(e.kind()).c_status;
    } catch (const std::bad_alloc&) {
        keep(error, function, "out of memory");
        return SPLEIS_E_OUT_OF_MEMORY;
    } catch (const std::exception& e) {
        keep(error, function, "internal error: ", e.what());
        return SPLEIS_E_INTERNAL;
    } catch (...) {
        keep(error, function, "internal error: an unknown exception");
        return SPLEIS_E_INTERNAL;
    }
}

}  // namespace spleis::capi

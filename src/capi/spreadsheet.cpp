// The entry points for spreadsheets and other callers that keep no handles: populations in,
// amounts out, one call each. Each builds a Scenario in memory and goes through the same
// allocate() as a scenario file, so the figures cannot differ from `spleis run`.
#include <cmath>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "arguments.hpp"
#include "guard.hpp"
#include "spleis/allocation.hpp"
#include "spleis/load.hpp"
#include "spleis/solve.hpp"
#include "spleis/spleis.h"

using namespace spleis;
using namespace spleis::capi;

namespace {

// Rows become members whose codes sort in row order: allocate() orders members by code, so
// the amounts come back in row order and rounding ties go to the earlier row.
std::vector<Municipality> members_of(const double* populations, int n) {
    require(populations, "populations");
    if (n <= 0) throw Refusal{SPLEIS_E_BAD_COUNT, fmt::format("n must be at least 1, got {}", n)};
    std::vector<Municipality> members(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < members.size(); ++i) {
        // Zero-padded codes keep the members in the caller's order. A cell recalculation runs
        // this for every member, so the name for messages is only made when one is needed.
        std::string code = std::to_string(i + 1);
        code.insert(0, 10 - code.size(), '0');
        const double value = populations[i];
        members[i] = {std::move(code), "",
                      plain_population(value) ? static_cast<std::int64_t>(value) : capi::population(value, fmt::format("populations[{}]", i))};
    }
    return members;
}

Parameter argument(double value, const char* name, const char* function) {
    Parameter p;
    p.mode = ParameterMode::value;
    p.value = to_whole_ore(amount(value, name));
    p.source = fmt::format("{} argument of {}", name, function);
    p.where = Location{function};
    return p;
}

Ore budget_ore(double budget) { return to_ore(amount(budget, "budget")); }

Scenario table_scenario(Model model, std::vector<Municipality> members, std::optional<Ore> budget,
                        const char* function) {
    Scenario s;
    s.title = function;
    s.file = function;
    s.model = std::move(model);
    s.members = std::move(members);
    s.budget = budget;
    s.budget_where = Location{function};
    s.rounding_unit = ore_per_krone;
    return s;
}

// Writes the outputs only once everything has succeeded.
void write_amounts(const Scenario& s, double* amounts, double* solved) {
    std::vector<Ore> ore(s.members.size());
    const std::optional<double> value = allocate_amounts(s, ore);
    for (std::size_t i = 0; i < ore.size(); ++i) amounts[i] = to_kroner(ore[i]);
    if (solved && value) *solved = *value;
}

// A message buffer that cannot take the message is the caller's mistake, said by the status.
void require_message(const char* message, std::size_t size) {
    if (!message && size > 0)
        throw Refusal{SPLEIS_E_NULL_ARGUMENT, fmt::format("message is NULL, but message_size is {}", size)};
}

// The _ex functions' additions to a table scenario: the budget with øre, external funding,
// self-funded rows and the rounding unit.
void add_sheet_terms(Scenario& s, double funding, const double* self_funded, double rounding) {
    s.rounding_unit = rounding_unit(rounding, "rounding", ore_per_krone);
    if (const Ore f = kroner_to_ore(funding, "funding"); f > 0)
        s.external_funding.push_back(Funding{"funding", f, "funding argument"});
    if (self_funded)
        for (std::size_t i = 0; i < s.members.size(); ++i) {
            const Ore own = kroner_to_ore(self_funded[i], fmt::format("self_funded[{}]", i).c_str());
            if (own > 0) s.self_funded.push_back(SelfFunded{s.members[i].code, own, "self_funded argument", s.budget_where});
        }
}

// Rows that cover themselves get their own amount back; the others their share.
void write_sheet_amounts(const Scenario& s, double* amounts, double* solved) {
    const Allocation a = allocate(s);
    for (std::size_t i = 0; i < a.members.size(); ++i) amounts[i] = to_kroner(a.members[i].amount);
    if (solved && a.solved) *solved = at(a.parameters, *a.solved).value;
}

Model base_per_inhabitant_model(double base_amount, double cap, const char* function) {
    Model model;
    model.name = "base amount plus per inhabitant";
    model.file = function;
    model.rule = RuleKind::base_plus_per_inhabitant;
    at(model.parameters, ParameterId::base_amount) = argument(base_amount, "base_amount", function);
    Parameter& rate = at(model.parameters, ParameterId::per_inhabitant);
    rate.mode = ParameterMode::solve;
    rate.source = "solved so the amounts add up to the budget";
    if (amount(cap, "cap", true) > 0 && std::isfinite(cap))
        at(model.parameters, ParameterId::cap) = argument(cap, "cap", function);
    return model;
}

}  // namespace

extern "C" {

int SPLEIS_CALL spleis_allocate_base_per_inhabitant(double budget, double base_amount, double cap,
                                                    const double* populations, int n, double* amounts,
                                                    double* per_inhabitant, char* message, size_t message_size) {
    const char* function = __func__;
    LastError error;
    const int status = guarded(&error, function, [&] {
        require_message(message, message_size);
        std::vector<Municipality> members = members_of(populations, n);
        require(amounts, "amounts");
        Model model = base_per_inhabitant_model(base_amount, cap, function);
        write_amounts(table_scenario(std::move(model), std::move(members), budget_ore(budget), function), amounts, per_inhabitant);
    });
    copy_message(error.message, message, message_size);
    return status;
}

int SPLEIS_CALL spleis_allocate_model(const char* model_yaml, double budget, const double* populations, int n,
                                      double* amounts, double* solved, char* message, size_t message_size) {
    const char* function = __func__;
    LastError error;
    const int status = guarded(&error, function, [&] {
        require_message(message, message_size);
        require(model_yaml, "model_yaml");
        std::vector<Municipality> members = members_of(populations, n);
        require(amounts, "amounts");
        Model model = parse_model(model_yaml, "model");
        const Ore target = budget_ore(budget);
        const std::optional<Ore> given = target > 0 ? std::optional<Ore>(target) : std::nullopt;
        write_amounts(table_scenario(std::move(model), std::move(members), given, function), amounts, solved);
    });
    copy_message(error.message, message, message_size);
    return status;
}

int SPLEIS_CALL spleis_allocate_base_per_inhabitant_ex(double budget, double base_amount, double cap, double funding,
                                                       const double* populations, const double* self_funded, int n,
                                                       double rounding, double* amounts, double* per_inhabitant,
                                                       char* message, size_t message_size) {
    const char* function = __func__;
    LastError error;
    const int status = guarded(&error, function, [&] {
        require_message(message, message_size);
        std::vector<Municipality> members = members_of(populations, n);
        require(amounts, "amounts");
        Scenario s = table_scenario(base_per_inhabitant_model(base_amount, cap, function), std::move(members),
                                    kroner_to_ore(budget, "budget"), function);
        add_sheet_terms(s, funding, self_funded, rounding);
        write_sheet_amounts(s, amounts, per_inhabitant);
    });
    copy_message(error.message, message, message_size);
    return status;
}

int SPLEIS_CALL spleis_allocate_model_ex(const char* model_yaml, double budget, double funding, const double* populations,
                                         const double* self_funded, int n, double rounding, double* amounts, double* solved,
                                         char* message, size_t message_size) {
    const char* function = __func__;
    LastError error;
    const int status = guarded(&error, function, [&] {
        require_message(message, message_size);
        require(model_yaml, "model_yaml");
        std::vector<Municipality> members = members_of(populations, n);
        require(amounts, "amounts");
        Model model = parse_model(model_yaml, "model");
        const Ore target = kroner_to_ore(budget, "budget");
        Scenario s = table_scenario(std::move(model), std::move(members),
                                    target > 0 ? std::optional<Ore>(target) : std::nullopt, function);
        add_sheet_terms(s, funding, self_funded, rounding);
        write_sheet_amounts(s, amounts, solved);
    });
    copy_message(error.message, message, message_size);
    return status;
}

}  // extern "C"

// The C API of spleis.h: handles around the engine's plain structs. Every function runs its
// body through guarded() (guard.hpp), the one place exceptions stop.
#include "spleis/spleis.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "arguments.hpp"
#include "guard.hpp"
#include "spleis/changes.hpp"
#include "spleis/explain.hpp"
#include "spleis/load.hpp"
#include "spleis/member_lookup.hpp"
#include "spleis/solve.hpp"

using namespace spleis;
using namespace spleis::capi;

namespace {

// The index of a scenario's member given by code or name (as a scenario file names them).
std::size_t member_of(const Scenario& s, const char* code_or_name) {
    const MunicipalityLookup found = find_municipality(s.members, code_or_name, in_this_scenario());
    if (!found.index) throw Refusal{SPLEIS_E_NO_SUCH_MEMBER, found.problem};
    return *found.index;
}

// A what-if made through a C function: the engine checks it as every shell's (apply()), and
// what it changed is then named by the function, the C API's term for where a value came from.
void change(Scenario& s, const Changes& c, const char* function) {
    s = apply(s, c);
    for (const auto& [id, value] : c.parameters) at(s.model.parameters, id).where = Location{function};
    if (c.budget) s.budget_where = Location{function};
}

void set_budget(Scenario& s, double budget, const char* function) {
    Changes c;
    c.budget = budget;
    change(s, c, function);
}

const MemberShare& share(const spleis_result* r, int index) {
    return r->allocation.members[member_index(r->allocation, index)];
}

int limit_code(Limit limit) {
    switch (limit) {
        case Limit::none: return SPLEIS_LIMIT_NONE;
        case Limit::cap: return SPLEIS_LIMIT_CAP;
        case Limit::floor: return SPLEIS_LIMIT_FLOOR;
        case Limit::self_funded: return SPLEIS_LIMIT_SELF_FUNDED;
    }
    return SPLEIS_LIMIT_NONE;
}

}  // namespace

extern "C" {

const char* SPLEIS_CALL spleis_version(void) { return SPLEIS_VERSION_STRING; }

const char* SPLEIS_CALL spleis_error_string(int status) {
    switch (status) {
        case SPLEIS_OK: return "no error";
        case SPLEIS_E_NULL_ARGUMENT: return "a pointer argument is NULL";
        case SPLEIS_E_BAD_COUNT: return "a count of items is zero or negative";
        case SPLEIS_E_BAD_NUMBER: return "a number is NaN, infinite, negative, fractional or too large";
        case SPLEIS_E_BUFFER_TOO_SMALL: return "the buffer is too small; the text was cut";
        case SPLEIS_E_INDEX_OUT_OF_RANGE: return "the index is out of range";
        case SPLEIS_E_NOT_LOADED: return "the scenario is not loaded";
        case SPLEIS_E_NO_SUCH_PARAMETER: return "no such parameter";
        case SPLEIS_E_NO_SUCH_MEMBER: return "no such member";
        case SPLEIS_E_NOTHING_SOLVED: return "the scenario has no unknown parameter";
        case SPLEIS_E_NO_SUCH_FUNDING: return "no such external funding";
        case SPLEIS_E_NO_SUCH_OPTION: return "no such option";
        case SPLEIS_E_TOO_LARGE: return "the sweep would be too large";
        case SPLEIS_E_NO_SUCH_LANGUAGE: return "no such language";
        case SPLEIS_E_INPUT: return "the scenario, model or population input is not valid";
        case SPLEIS_E_INFEASIBLE: return "the budget cannot be met";
        case SPLEIS_E_INTERNAL: return "internal error in spleis";
        case SPLEIS_E_OUT_OF_MEMORY: return "out of memory";
        default: return "unknown status code";
    }
}

int SPLEIS_CALL spleis_context_new(spleis_context** context) {
    return guarded(nullptr, __func__, [&] {
        require(context, "context");
        *context = nullptr;
        *context = new spleis_context;
    });
}

void SPLEIS_CALL spleis_context_free(spleis_context* context) { delete context; }

int SPLEIS_CALL spleis_context_set_language(spleis_context* context, const char* language) {
    return guarded(error_of(context), __func__, [&] {
        require(context, "context");
        require(language, "language");
        const std::string_view lang = language;
        if (lang == "en") context->error->lang = Language::en;
        else if (lang == "nb") context->error->lang = Language::nb;
        else if (lang == "nn") context->error->lang = Language::nn;
        else throw Refusal{SPLEIS_E_NO_SUCH_LANGUAGE, fmt::format("no language \"{}\"; give en, nb (bokmål) or nn (nynorsk)", language)};
    });
}

const char* SPLEIS_CALL spleis_context_error(const spleis_context* context) {
    return context ? context->error->message.c_str() : "";
}

int SPLEIS_CALL spleis_scenario_new(spleis_context* context, spleis_scenario** scenario) {
    if (scenario) *scenario = nullptr;
    return guarded(error_of(context), __func__, [&] {
        require(context, "context");
        require(scenario, "scenario");
        *scenario = new spleis_scenario{context->error, {}};
    });
}

void SPLEIS_CALL spleis_scenario_free(spleis_scenario* scenario) { delete scenario; }

int SPLEIS_CALL spleis_scenario_load_file(spleis_scenario* scenario, const char* path) {
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(path, "path");
        scenario->scenario.reset();
        scenario->scenario = load_scenario(path);
    });
}

int SPLEIS_CALL spleis_scenario_load_yaml(spleis_scenario* scenario, const char* yaml, const char* base_dir) {
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(yaml, "yaml");
        scenario->scenario.reset();
        // The text may come from anywhere (a cell, a request): it reads only files inside base_dir.
        const std::string folder = base_dir ? base_dir : "";
        scenario->scenario = parse_scenario(yaml, "(scenario text)", folder, read_files_within(folder));
    });
}

int SPLEIS_CALL spleis_scenario_set_parameter(spleis_scenario* scenario, const char* name, double value) {
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(name, "name");
        require_loaded(scenario);
        Scenario& s = *scenario->scenario;
        if (std::string_view(name) == "budget") return set_budget(s, value, "spleis_scenario_set_parameter");
        // A value means what it means in a scenario file and on the page: a cap of 0 is a cap
        // of 0 kr. No cap is spleis_scenario_remove_parameter(), as `cap: none`.
        Changes c;
        c.parameters = {{parameter_id(name), value}};
        c.source = "set through the C API";
        change(s, c, "spleis_scenario_set_parameter");
    });
}

int SPLEIS_CALL spleis_scenario_set_population(spleis_scenario* scenario, const char* member, double population) {
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(member, "member");
        require_loaded(scenario);
        Scenario& s = *scenario->scenario;
        const std::int64_t inhabitants = capi::population(population, fmt::format("population of {}", member));
        s.members[member_of(s, member)].population = inhabitants;
    });
}

int SPLEIS_CALL spleis_scenario_set_budget(spleis_scenario* scenario, double budget) {
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require_loaded(scenario);
        set_budget(*scenario->scenario, budget, "spleis_scenario_set_budget");
    });
}

int SPLEIS_CALL spleis_scenario_set_funding(spleis_scenario* scenario, const char* name, double amount) {
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(name, "name");
        require_loaded(scenario);
        const Ore ore = checked_amount(amount, "amount", "amount");
        auto& funding = scenario->scenario->external_funding;
        const auto it = std::find_if(funding.begin(), funding.end(), [&](const Funding& f) { return f.name == name; });
        if (it != funding.end()) it->amount = ore;
        else funding.push_back(Funding{name, ore, "set through the C API"});
    });
}

int SPLEIS_CALL spleis_scenario_remove_funding(spleis_scenario* scenario, const char* name) {
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(name, "name");
        require_loaded(scenario);
        auto& funding = scenario->scenario->external_funding;
        const auto it = std::find_if(funding.begin(), funding.end(), [&](const Funding& f) { return f.name == name; });
        if (it == funding.end()) {
            std::string names;
            for (const Funding& f : funding) names += (names.empty() ? "" : ", ") + ("\"" + f.name + "\"");
            throw Refusal{SPLEIS_E_NO_SUCH_FUNDING,
                          fmt::format("no external funding called \"{}\" ({})", name,
                                      names.empty() ? "the scenario has none" : "there is " + names)};
        }
        funding.erase(it);
    });
}

int SPLEIS_CALL spleis_scenario_set_self_funded(spleis_scenario* scenario, const char* member, double amount) {
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(member, "member");
        require_loaded(scenario);
        Scenario& s = *scenario->scenario;
        const Ore ore = checked_amount(amount, "amount", "amount");
        const std::string& code = s.members[member_of(s, member)].code;
        const auto it = std::find_if(s.self_funded.begin(), s.self_funded.end(),
                                     [&](const SelfFunded& sf) { return sf.code == code; });
        if (it != s.self_funded.end()) it->amount = ore;
        else s.self_funded.push_back(SelfFunded{code, ore, "set through the C API", Location{"spleis_scenario_set_self_funded"}});
    });
}

int SPLEIS_CALL spleis_scenario_remove_self_funded(spleis_scenario* scenario, const char* member) {
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(member, "member");
        require_loaded(scenario);
        Scenario& s = *scenario->scenario;
        const std::string code = s.members[member_of(s, member)].code;
        std::erase_if(s.self_funded, [&](const SelfFunded& sf) { return sf.code == code; });
    });
}

int SPLEIS_CALL spleis_scenario_solve_for(spleis_scenario* scenario, const char* name) {
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(name, "name");
        require_loaded(scenario);
        Parameters& parameters = scenario->scenario->model.parameters;
        const ParameterId id = parameter_id(name);
        for (Parameter& p : parameters)
            if (p.solved()) p = Parameter{};
        Parameter& unknown = at(parameters, id);
        unknown = Parameter{};
        unknown.mode = ParameterMode::solve;
        unknown.source = "solved so the budget balances (chosen through the C API)";
        unknown.where = Location{"spleis_scenario_solve_for"};
    });
}

int SPLEIS_CALL spleis_scenario_remove_parameter(spleis_scenario* scenario, const char* name) {
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(name, "name");
        require_loaded(scenario);
        Scenario& s = *scenario->scenario;
        if (std::string_view(name) == "budget") {
            s.budget.reset();
            return;
        }
        at(s.model.parameters, parameter_id(name)) = Parameter{};
    });
}

int SPLEIS_CALL spleis_scenario_set_rounding(spleis_scenario* scenario, double unit) {
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require_loaded(scenario);
        scenario->scenario->rounding_unit = rounding_unit(unit, "unit");
    });
}

int SPLEIS_CALL spleis_solve(const spleis_scenario* scenario, spleis_result** result) {
    if (result) *result = nullptr;
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(result, "result");
        require_loaded(scenario);
        Allocation allocation = allocate(*scenario->scenario);
        *result = new spleis_result{scenario->error, std::move(allocation)};
    });
}

void SPLEIS_CALL spleis_result_free(spleis_result* result) { delete result; }

int SPLEIS_CALL spleis_result_solved_parameter(const spleis_result* result, char* name, size_t size,
                                               size_t* length, double* value) {
    return guarded(error_of(result), __func__, [&] {
        require(result, "result");
        const Allocation& a = result->allocation;
        if (!a.solved)
            throw Refusal{SPLEIS_E_NOTHING_SOLVED, "the scenario has no unknown parameter: the rule's amounts stood"};
        copy_text(info(*a.solved).key, name, size, length, "the parameter's name");
        if (value) *value = at(a.parameters, *a.solved).value;
    });
}

int SPLEIS_CALL spleis_result_parameter(const spleis_result* result, const char* name, double* value) {
    return guarded(error_of(result), __func__, [&] {
        require(result, "result");
        require(name, "name");
        require(value, "value");
        const Parameter& p = at(result->allocation.parameters, parameter_id(name));
        if (!p.given()) throw Refusal{SPLEIS_E_NO_SUCH_PARAMETER, fmt::format("this scenario does not set {}", name)};
        *value = p.value;
    });
}

int SPLEIS_CALL spleis_result_member_count(const spleis_result* result, int* count) {
    return guarded(error_of(result), __func__, [&] {
        require(result, "result");
        require(count, "count");
        *count = static_cast<int>(result->allocation.members.size());
    });
}

int SPLEIS_CALL spleis_result_find_member(const spleis_result* result, const char* code_or_name, int* index) {
    return guarded(error_of(result), __func__, [&] {
        require(result, "result");
        require(code_or_name, "code_or_name");
        require(index, "index");
        const Allocation& a = result->allocation;
        const auto found = find_member(a, code_or_name);
        if (!found)
            throw Refusal{SPLEIS_E_NO_SUCH_MEMBER,
                          fmt::format("no member \"{}\"; give a municipality code like {} or a name like {}",
                                      code_or_name, a.members.front().municipality.code,
                                      a.members.front().municipality.name)};
        *index = static_cast<int>(*found);
    });
}

int SPLEIS_CALL spleis_result_member_code(const spleis_result* result, int index, char* code, size_t size,
                                          size_t* length) {
    return guarded(error_of(result), __func__, [&] {
        require(result, "result");
        copy_text(share(result, index).municipality.code, code, size, length, "the code");
    });
}

int SPLEIS_CALL spleis_result_member_name(const spleis_result* result, int index, char* name, size_t size,
                                          size_t* length) {
    return guarded(error_of(result), __func__, [&] {
        require(result, "result");
        copy_text(share(result, index).municipality.name, name, size, length, "the name");
    });
}

int SPLEIS_CALL spleis_result_member_population(const spleis_result* result, int index, int64_t* population) {
    return guarded(error_of(result), __func__, [&] {
        require(result, "result");
        require(population, "population");
        *population = share(result, index).municipality.population;
    });
}

int SPLEIS_CALL spleis_result_member_amount_ore(const spleis_result* result, int index, int64_t* amount_ore) {
    return guarded(error_of(result), __func__, [&] {
        require(result, "result");
        require(amount_ore, "amount_ore");
        *amount_ore = share(result, index).amount;
    });
}

int SPLEIS_CALL spleis_result_member_amount(const spleis_result* result, int index, double* amount) {
    return guarded(error_of(result), __func__, [&] {
        require(result, "result");
        require(amount, "amount");
        *amount = to_kroner(share(result, index).amount);
    });
}

int SPLEIS_CALL spleis_result_member_limit(const spleis_result* result, int index, int* limit) {
    return guarded(error_of(result), __func__, [&] {
        require(result, "result");
        require(limit, "limit");
        *limit = limit_code(share(result, index).limit);
    });
}

int SPLEIS_CALL spleis_result_total_ore(const spleis_result* result, int64_t* total_ore) {
    return guarded(error_of(result), __func__, [&] {
        require(result, "result");
        require(total_ore, "total_ore");
        *total_ore = result->allocation.total;
    });
}

int SPLEIS_CALL spleis_result_explain_text(const spleis_result* result, int index, char* text, size_t size,
                                           size_t* length) {
    return guarded(error_of(result), __func__, [&] {
        require(result, "result");
        const std::size_t i = member_index(result->allocation, index);
        copy_text(explain_text(result->allocation, i), text, size, length, "the explanation");
    });
}

int SPLEIS_CALL spleis_result_explain_json(const spleis_result* result, int index, char* json, size_t size,
                                           size_t* length) {
    return guarded(error_of(result), __func__, [&] {
        require(result, "result");
        const std::size_t i = member_index(result->allocation, index);
        copy_text(explain_json(result->allocation, i), json, size, length, "the explanation");
    });
}

}  // extern "C"

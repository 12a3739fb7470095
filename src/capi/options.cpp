// The C API's options, comparisons and sweeps (ABI 1.2): what `spleis compare`, `explain
// --option` and `spleis sweep` do, through the engine's own with_option(), compare() and
// sweep(). Every function runs its body through guarded() (guard.hpp), as in spleis.cpp.
#include <cmath>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "arguments.hpp"
#include "guard.hpp"
#include "spleis/comparison.hpp"
#include "spleis/member_lookup.hpp"
#include "spleis/nok.hpp"
#include "spleis/solve.hpp"
#include "spleis/spleis.h"
#include "spleis/sweep.hpp"

using namespace spleis;
using namespace spleis::capi;

namespace {

// Options as `spleis compare` letters them: A (0) the baseline, B (1) the first option, …
std::string letter(std::size_t index) { return std::string(1, static_cast<char>('A' + index % 26)); }

std::size_t option_count(const Scenario& s) { return s.options.size() + 1; }

const std::string& option_name(const Scenario& s, std::size_t index) {
    return index == 0 ? s.baseline_name : s.options[index - 1].name;
}

// The option written as its name, or as its letter in either case (letters only for the
// first 26, where they are unambiguous). 0 is the baseline.
std::size_t option_of(const Scenario& s, const char* written) {
    const std::string_view w(written);
    const std::size_t n = option_count(s);
    for (std::size_t k = 0; k < n; ++k)
        if (w == option_name(s, k)) return k;
    if (n <= 26 && w.size() == 1)
        for (std::size_t k = 0; k < n; ++k)
            if (w == letter(k) || w == std::string(1, static_cast<char>(letter(k)[0] - 'A' + 'a'))) return k;
    std::string names;
    for (std::size_t k = 0; k < n; ++k)
        names += fmt::format("{}{} ({})", k ? ", " : "", n <= 26 ? letter(k) : std::to_string(k), option_name(s, k));
    throw Refusal{SPLEIS_E_NO_SUCH_OPTION,
                  s.options.empty() ? fmt::format("no option \"{}\": this scenario has no options, only its baseline {}",
                                                  written, names)
                                    : fmt::format("no option \"{}\"; the options are {}", written, names)};
}

// The scenario under option k (0: the baseline as it is), solved.
Allocation solve_option(const Scenario& s, std::size_t k) {
    if (k == 0) return allocate(s);
    return allocate(s, s.options[k - 1]);
}

const Comparison& comparison_of(const spleis_comparison* c) { return c->comparison; }

std::size_t option_index(const spleis_comparison* c, int option) {
    return index_in(option, comparison_of(c).options.size(), "options", "comparison");
}

std::size_t compared_member(const spleis_comparison* c, int member) {
    return index_in(member, comparison_of(c).members.size(), "members", "comparison");
}

std::size_t point_index(const spleis_sweep* s, int point) { return index_in(point, s->rows.size(), "points", "sweep"); }

}  // namespace

extern "C" {

int SPLEIS_CALL spleis_scenario_option_count(const spleis_scenario* scenario, int* count) {
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(count, "count");
        require_loaded(scenario);
        *count = static_cast<int>(option_count(*scenario->scenario));
    });
}

int SPLEIS_CALL spleis_scenario_option_name(const spleis_scenario* scenario, int index, char* name, size_t size,
                                            size_t* length) {
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require_loaded(scenario);
        const Scenario& s = *scenario->scenario;
        const std::size_t k = index_in(index, option_count(s), "options (the baseline is 0)", "scenario");
        copy_text(option_name(s, k), name, size, length, "the option's name");
    });
}

int SPLEIS_CALL spleis_scenario_solve_option(const spleis_scenario* scenario, const char* option,
                                             spleis_result** result) {
    if (result) *result = nullptr;
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(option, "option");
        require(result, "result");
        require_loaded(scenario);
        const Scenario& s = *scenario->scenario;
        Allocation allocation = solve_option(s, option_of(s, option));
        *result = new spleis_result{scenario->error, std::move(allocation)};
    });
}

int SPLEIS_CALL spleis_scenario_apply_option(spleis_scenario* scenario, const char* option) {
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(option, "option");
        require_loaded(scenario);
        Scenario& s = *scenario->scenario;
        const std::size_t k = option_of(s, option);
        if (k == 0) {
            s.options.clear();
            return;
        }
        Scenario applied = with_option(s, s.options[k - 1]);  // throws before anything changes
        s = std::move(applied);
    });
}

int SPLEIS_CALL spleis_compare(const spleis_scenario* scenario, spleis_comparison** comparison) {
    if (comparison) *comparison = nullptr;
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(comparison, "comparison");
        require_loaded(scenario);
        const Scenario& s = *scenario->scenario;
        auto made = std::make_unique<spleis_comparison>(spleis_comparison{scenario->error, compare(allocate_options(s))});
        *comparison = made.release();
    });
}

void SPLEIS_CALL spleis_comparison_free(spleis_comparison* comparison) { delete comparison; }

int SPLEIS_CALL spleis_comparison_option_count(const spleis_comparison* comparison, int* count) {
    return guarded(error_of(comparison), __func__, [&] {
        require(comparison, "comparison");
        require(count, "count");
        *count = static_cast<int>(comparison_of(comparison).options.size());
    });
}

int SPLEIS_CALL spleis_comparison_option_name(const spleis_comparison* comparison, int option, char* name,
                                              size_t size, size_t* length) {
    return guarded(error_of(comparison), __func__, [&] {
        require(comparison, "comparison");
        copy_text(comparison_of(comparison).options[option_index(comparison, option)].name, name, size, length,
                  "the option's name");
    });
}

int SPLEIS_CALL spleis_comparison_members_total_ore(const spleis_comparison* comparison, int option,
                                                    int64_t* total_ore) {
    return guarded(error_of(comparison), __func__, [&] {
        require(comparison, "comparison");
        require(total_ore, "total_ore");
        *total_ore = comparison_of(comparison).summaries[option_index(comparison, option)].members_total;
    });
}

int SPLEIS_CALL spleis_comparison_option_result(const spleis_comparison* comparison, int option,
                                                spleis_result** result) {
    if (result) *result = nullptr;
    return guarded(error_of(comparison), __func__, [&] {
        require(comparison, "comparison");
        require(result, "result");
        const Allocation& a = comparison_of(comparison).options[option_index(comparison, option)].allocation;
        *result = new spleis_result{comparison->error, a};
    });
}

int SPLEIS_CALL spleis_comparison_same_members(const spleis_comparison* comparison, int* same) {
    return guarded(error_of(comparison), __func__, [&] {
        require(comparison, "comparison");
        require(same, "same");
        *same = comparison_of(comparison).same_members ? 1 : 0;
    });
}

int SPLEIS_CALL spleis_comparison_member_count(const spleis_comparison* comparison, int* count) {
    return guarded(error_of(comparison), __func__, [&] {
        require(comparison, "comparison");
        require(count, "count");
        *count = static_cast<int>(comparison_of(comparison).members.size());
    });
}

int SPLEIS_CALL spleis_comparison_find_member(const spleis_comparison* comparison, const char* code_or_name,
                                              int* index) {
    return guarded(error_of(comparison), __func__, [&] {
        require(comparison, "comparison");
        require(code_or_name, "code_or_name");
        require(index, "index");
        std::vector<Municipality> rows;
        for (const ComparedMember& m : comparison_of(comparison).members) rows.push_back(m.municipality);
        const MunicipalityLookup found = find_municipality(rows, code_or_name, "any option of this comparison");
        if (!found.index) throw Refusal{SPLEIS_E_NO_SUCH_MEMBER, found.problem};
        *index = static_cast<int>(*found.index);
    });
}

int SPLEIS_CALL spleis_comparison_member_code(const spleis_comparison* comparison, int member, char* code,
                                              size_t size, size_t* length) {
    return guarded(error_of(comparison), __func__, [&] {
        require(comparison, "comparison");
        copy_text(comparison_of(comparison).members[compared_member(comparison, member)].municipality.code, code, size,
                  length, "the code");
    });
}

int SPLEIS_CALL spleis_comparison_member_name(const spleis_comparison* comparison, int member, char* name,
                                              size_t size, size_t* length) {
    return guarded(error_of(comparison), __func__, [&] {
        require(comparison, "comparison");
        copy_text(comparison_of(comparison).members[compared_member(comparison, member)].municipality.name, name, size,
                  length, "the name");
    });
}

int SPLEIS_CALL spleis_comparison_member_amount_ore(const spleis_comparison* comparison, int option, int member,
                                                    int* is_member, int64_t* amount_ore) {
    return guarded(error_of(comparison), __func__, [&] {
        require(comparison, "comparison");
        require(is_member, "is_member");
        require(amount_ore, "amount_ore");
        const std::size_t k = option_index(comparison, option), i = compared_member(comparison, member);
        const MemberShare* m = comparison_of(comparison).share(i, k);
        *is_member = m ? 1 : 0;
        *amount_ore = m ? m->amount : 0;
    });
}

int SPLEIS_CALL spleis_comparison_member_difference_ore(const spleis_comparison* comparison, int option, int member,
                                                        int* has_difference, int64_t* difference_ore) {
    return guarded(error_of(comparison), __func__, [&] {
        require(comparison, "comparison");
        require(has_difference, "has_difference");
        require(difference_ore, "difference_ore");
        const std::size_t k = option_index(comparison, option), i = compared_member(comparison, member);
        const MemberShare* m = comparison_of(comparison).share(i, k);
        const MemberShare* base = comparison_of(comparison).share(i, 0);
        *has_difference = m && base ? 1 : 0;
        *difference_ore = m && base ? m->amount - base->amount : 0;
    });
}

int SPLEIS_CALL spleis_scenario_sweep(const spleis_scenario* scenario, const char* name, double from, double to,
                                      double step, spleis_sweep** sweep) {
    if (sweep) *sweep = nullptr;
    return guarded(error_of(scenario), __func__, [&] {
        require(scenario, "scenario");
        require(name, "name");
        require(sweep, "sweep");
        require_loaded(scenario);
        const Scenario& s = *scenario->scenario;
        SweepAxis axis;
        axis.name = name;
        if (axis.name != "budget") axis.parameter = parameter_id(name);
        axis.from = amount(from, "from");
        axis.to = amount(to, "to");
        axis.step = amount(step, "step");
        if (step <= 0) throw Refusal{SPLEIS_E_BAD_NUMBER, fmt::format("step must be above 0, got {}", step)};
        if (to < from)
            throw Refusal{SPLEIS_E_BAD_NUMBER, fmt::format("the range is empty: to ({}) is below from ({})", to, from)};
        // Counted as SweepAxis::values() counts them, before a vector of them is made.
        const double values = std::floor((to - from) / step + 1e-9) + 1;
        if (values > SPLEIS_SWEEP_MAX_POINTS)
            throw Refusal{SPLEIS_E_TOO_LARGE,
                          fmt::format("{} from {} to {} by {} is {} values; a sweep has at most {}: take a larger step "
                                      "or a smaller range",
                                      name, from, to, step, format_count(static_cast<long long>(values)),
                                      format_count(SPLEIS_SWEEP_MAX_POINTS))};
        auto made = std::make_unique<spleis_sweep>();
        made->error = scenario->error;
        made->members = sweep_members(s);
        const std::size_t points = static_cast<std::size_t>(values), members = made->members.size();
        if (points * members > SPLEIS_SWEEP_MAX_AMOUNTS)
            throw Refusal{SPLEIS_E_TOO_LARGE,
                          fmt::format("{} values of {} members are {} amounts; a sweep keeps at most {}: take at most {} "
                                      "values (a larger step or a smaller range)",
                                      format_count(static_cast<long long>(points)), members,
                                      format_count(static_cast<long long>(points * members)),
                                      format_count(SPLEIS_SWEEP_MAX_AMOUNTS),
                                      format_count(static_cast<long long>(SPLEIS_SWEEP_MAX_AMOUNTS / members)))};
        for (std::size_t i = 0; i < parameter_count; ++i)
            if (s.model.parameters[i].solved()) made->unknown = static_cast<ParameterId>(i);
        made->rows.reserve(points);
        made->amounts.reserve(points * members);
        spleis::sweep(s, std::span(&axis, 1), [&](const SweepPoint& point) {
            SweepRow row;
            row.value = point.coordinates[0];
            row.feasible = point.feasible;
            if (point.feasible) {
                row.solved = point.solved;
                for (const Ore a : point.amounts) row.members_total += a;
                made->amounts.insert(made->amounts.end(), point.amounts.begin(), point.amounts.end());
            } else {
                row.problem = point.problem;
                made->amounts.resize(made->amounts.size() + members, 0);
            }
            made->rows.push_back(std::move(row));
        });
        *sweep = made.release();
    });
}

void SPLEIS_CALL spleis_sweep_free(spleis_sweep* sweep) { delete sweep; }

int SPLEIS_CALL spleis_sweep_point_count(const spleis_sweep* sweep, int* count) {
    return guarded(error_of(sweep), __func__, [&] {
        require(sweep, "sweep");
        require(count, "count");
        *count = static_cast<int>(sweep->rows.size());
    });
}

int SPLEIS_CALL spleis_sweep_solved_parameter(const spleis_sweep* sweep, char* name, size_t size, size_t* length) {
    return guarded(error_of(sweep), __func__, [&] {
        require(sweep, "sweep");
        if (!sweep->unknown)
            throw Refusal{SPLEIS_E_NOTHING_SOLVED, "the scenario has no unknown parameter: the rule's amounts stood"};
        copy_text(info(*sweep->unknown).key, name, size, length, "the parameter's name");
    });
}

int SPLEIS_CALL spleis_sweep_point(const spleis_sweep* sweep, int point, double* value, int* feasible, double* solved,
                                   int64_t* members_total_ore) {
    return guarded(error_of(sweep), __func__, [&] {
        require(sweep, "sweep");
        const SweepRow& row = sweep->rows[point_index(sweep, point)];
        if (value) *value = row.value;
        if (feasible) *feasible = row.feasible ? 1 : 0;
        if (solved) *solved = row.solved;
        if (members_total_ore) *members_total_ore = row.members_total;
    });
}

int SPLEIS_CALL spleis_sweep_point_problem(const spleis_sweep* sweep, int point, char* problem, size_t size,
                                           size_t* length) {
    return guarded(error_of(sweep), __func__, [&] {
        require(sweep, "sweep");
        copy_text(sweep->rows[point_index(sweep, point)].problem, problem, size, length, "the problem");
    });
}

int SPLEIS_CALL spleis_sweep_member_count(const spleis_sweep* sweep, int* count) {
    return guarded(error_of(sweep), __func__, [&] {
        require(sweep, "sweep");
        require(count, "count");
        *count = static_cast<int>(sweep->members.size());
    });
}

int SPLEIS_CALL spleis_sweep_member_code(const spleis_sweep* sweep, int member, char* code, size_t size,
                                         size_t* length) {
    return guarded(error_of(sweep), __func__, [&] {
        require(sweep, "sweep");
        const std::size_t i = index_in(member, sweep->members.size(), "members", "sweep");
        copy_text(sweep->members[i].code, code, size, length, "the code");
    });
}

int SPLEIS_CALL spleis_sweep_member_amount_ore(const spleis_sweep* sweep, int point, int member,
                                               int64_t* amount_ore) {
    return guarded(error_of(sweep), __func__, [&] {
        require(sweep, "sweep");
        require(amount_ore, "amount_ore");
        const std::size_t p = point_index(sweep, point);
        const std::size_t i = index_in(member, sweep->members.size(), "members", "sweep");
        const SweepRow& row = sweep->rows[p];
        if (!row.feasible)
            throw Refusal{SPLEIS_E_INFEASIBLE, fmt::format("point {} ({}) is not feasible: {}", point, row.value, row.problem)};
        *amount_ore = sweep->amounts[p * sweep->members.size() + i];
    });
}

}  // extern "C"

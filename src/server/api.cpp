// Routes of the API mapped to the engine: apply the what-if, solve, report. Each endpoint is
// a few lines; what it computes lives in the engine (spleis::apply, allocate, compare, sweep,
// explain) and what it writes in the JSON document of the report (src/report/json.cpp).
#include "api.hpp"
#include "what_if_reply.hpp"

#include <algorithm>
#include <filesystem>
#include <limits>
#include <map>

#include <fmt/format.h>

#include "spleis/json_document.hpp"
#include "request.hpp"
#include "spleis/changes.hpp"
#include "spleis/comparison.hpp"
#include "spleis/error.hpp"
#include "spleis/explain.hpp"
#include "spleis/load.hpp"
#include "spleis/report.hpp"
#include "spleis/solve.hpp"
#include "spleis/sweep.hpp"
#include "spleis/xlsx_report.hpp"

namespace spleis::server {

using json::Document;
using json::Layout;
using json::put_amount;

std::vector<Served> load_served(const std::vector<std::string>& paths) {
    std::vector<Served> served;
    for (const std::string& path : paths) {
        Scenario scenario = load_scenario(path);
        Allocation baseline = allocate(scenario);
        std::string id = std::filesystem::path(path).stem().string();
        for (int n = 2; std::any_of(served.begin(), served.end(), [&](const Served& s) { return s.id == id; }); ++n)
            id = fmt::format("{}-{}", std::filesystem::path(path).stem().string(), n);
        served.push_back({std::move(id), std::move(scenario), std::move(baseline)});
    }
    return served;
}

Reply error_reply(int status, std::string_view error_class, std::string_view message, std::string_view field) {
    Document error = {{"status", status}, {"class", error_class}, {"message", message}};
    if (!field.empty()) error["field"] = field;
    return {status, json::write(Document{{"error", std::move(error)}}, Layout::compact) + "\n", "application/json", ""};
}

namespace {

struct NotFound {
    std::string message;
};

Reply ok(const Document& d) { return {200, json::write(d, Layout::compact) + "\n", "application/json", ""}; }

std::string_view option_name(const Scenario& s, const Changes& c) { return c.option ? *c.option : s.baseline_name; }

Document parameters_document(const Parameters& parameters, const std::optional<Allocation>& solved) {
    Document list = Document::array();
    for (std::size_t i = 0; i < parameter_count; ++i) {
        const Parameter& p = parameters[i];
        if (!p.given()) continue;
        const ParameterInfo& pi = info(static_cast<ParameterId>(i));
        const double value = p.solved() && solved ? solved->parameters[i].value : p.value;
        list.push_back({{"name", pi.key}, {"description", pi.description}, {"unit", unit_name(pi.unit)},
                        {"value", p.solved() && !solved ? Document(nullptr) : Document(value)}, {"solved", p.solved()},
                        {"source", p.source}});
    }
    return list;
}

Document option_document(const std::string& name, bool baseline, const Scenario& s) {
    std::optional<Allocation> solved;
    try {
        solved = allocate(s);
    } catch (const Error&) {  // an option that cannot be solved as written is still listed
    }
    Document solvable = Document::array();
    for (ParameterId id : info(s.model.rule).solvable) solvable.push_back(info(id).key);
    Document usable = Document::array();
    for (const auto& ids : {info(s.model.rule).required, info(s.model.rule).solvable, info(s.model.rule).optional})
        for (ParameterId id : ids)
            if (std::find(usable.begin(), usable.end(), info(id).key) == usable.end()) usable.push_back(info(id).key);
    for (ParameterId id : {ParameterId::cap, ParameterId::floor})
        if (std::find(usable.begin(), usable.end(), info(id).key) == usable.end()) usable.push_back(info(id).key);
    return {{"name", name}, {"baseline", baseline}, {"rule", info(s.model.rule).key}, {"model", s.model.name},
            {"parameters", parameters_document(s.model.parameters, solved)}, {"solvable", std::move(solvable)},
            {"usable", std::move(usable)}};
}

Document scenario_document(const Served& served) {
    const Scenario& s = served.scenario;
    Document d = {{"id", served.id}, {"title", s.title}, {"year", s.year}, {"population_year", s.population_year},
                  {"rounding_unit_ore", s.rounding_unit}};
    put_amount(d, "budget", s.budget);
    Document options = Document::array();
    options.push_back(option_document(s.baseline_name, true, s));
    for (const ScenarioOption& o : s.options) options.push_back(option_document(o.name, false, with_option(s, o)));
    d["options"] = std::move(options);
    Document funding = Document::array();
    for (const Funding& f : s.external_funding) {
        Document item = {{"name", f.name}};
        put_amount(item, "amount", f.amount);
        item["source"] = f.source;
        funding.push_back(std::move(item));
    }
    d["external_funding"] = std::move(funding);
    Document self_funded = Document::array();
    for (const SelfFunded& f : s.self_funded) {
        const auto m = std::find_if(s.members.begin(), s.members.end(), [&](const Municipality& x) { return x.code == f.code; });
        Document item = {{"code", f.code}, {"name", m != s.members.end() ? m->name : f.code}};
        put_amount(item, "amount", f.amount);
        item["source"] = f.source;
        self_funded.push_back(std::move(item));
    }
    d["self_funded"] = std::move(self_funded);
    Document members = Document::array();
    for (const Municipality& m : s.members) members.push_back({{"code", m.code}, {"name", m.name}, {"population", m.population}});
    d["members"] = std::move(members);
    return d;
}

const Served& find_served(const Api& api, std::string_view id) {
    for (const Served& s : api.served())
        if (s.id == id) return s;
    std::string ids;
    for (const Served& s : api.served()) ids += (ids.empty() ? "" : ", ") + s.id;
    throw NotFound{fmt::format("no scenario \"{}\" is served; served are: {}", id.substr(0, max_text_length), ids)};
}

Reply solve(const Served& s, const Request& r) {
    const Allocation a = allocate(apply(s.scenario, r.changes));
    return ok(what_if_document(s, option_name(s.scenario, r.changes), a, r.amounts_only ? Detail::amounts : Detail::full));
}

Reply compare_options(const Served& s, const Request& r) {
    std::vector<NamedAllocation> named;
    if (r.compared.empty()) {
        named = allocate_options(s.scenario, r.changes);
    } else {
        named.push_back({s.scenario.baseline_name, s.baseline});
        for (std::size_t i = 0; i < r.compared.size(); ++i)
            named.push_back({fmt::format("what-if {}", i + 1), allocate(apply(s.scenario, r.compared[i]))});
    }
    const Comparison c = compare(std::move(named));
    Document options = Document::array();
    for (std::size_t k = 0; k < c.options.size(); ++k) {
        const Allocation& a = c.options[k].allocation;
        Document o = {{"name", c.options[k].name}};
        o["solved"] = a.solved ? Document{{"parameter", info(*a.solved).key}, {"value", at(a.parameters, *a.solved).value}}
                               : Document(nullptr);
        put_amount(o, "members_total", a.members_total);
        o["summary"] = summary_document(a);
        const std::vector<const MemberShare*> baseline = baseline_of(c.options.front().allocation, a);
        Document members = Document::array();
        for (std::size_t i = 0; i < a.members.size(); ++i) {
            Document m = {{"code", a.members[i].municipality.code}, {"name", a.members[i].municipality.name}};
            put_amount(m, "amount", a.members[i].amount);
            m["limit"] = limit_name(a.members[i].limit);
            put_difference(m, a.members[i], baseline[i]);
            members.push_back(std::move(m));
        }
        o["members"] = std::move(members);
        options.push_back(std::move(o));
    }
    return ok(Document{{"id", s.id}, {"options", std::move(options)}});
}

Reply explain(const Served& s, const Request& r) {
    const Allocation a = allocate(apply(s.scenario, r.changes));
    const std::optional<std::size_t> i = find_member(a, *r.member);
    if (!i)
        throw NotFound{fmt::format("no member \"{}\" in {}; give a municipality code like {} or a name like {}",
                                   r.member->substr(0, max_text_length), s.id, a.members.front().municipality.code,
                                   a.members.front().municipality.name)};
    return ok(Document{{"id", s.id},
                       {"code", a.members[*i].municipality.code},
                       {"name", a.members[*i].municipality.name},
                       {"steps", Document::parse(explain_json(a, *i))},
                       {"text", explain_text(a, *i, r.lang)}});
}

Reply sweep_points(const Served& s, const Request& r) {
    const Scenario scenario = apply(s.scenario, r.changes);
    const SweepRequest& q = *r.sweep;
    SweepAxis axis{q.name, q.parameter, q.from, q.to, (q.to - q.from) / static_cast<double>(q.points - 1), "sweep"};
    if (q.to == q.from) axis.step = 1;  // one point
    const std::vector<Municipality> members = sweep_members(scenario);
    const std::vector<bool> paying = in_split(scenario, members);
    Document points = Document::array();
    sweep(scenario, std::span<const SweepAxis>(&axis, 1), [&](const SweepPoint& p) {
        Document point = {{"value", p.coordinates[0]}, {"feasible", p.feasible}};
        if (!p.feasible) {
            point["problem"] = std::string(p.problem);
            points.push_back(std::move(point));
            return;
        }
        point["solved"] = scenario.budget ? Document(p.solved) : Document(nullptr);
        point["capped"] = p.capped;
        Ore total = 0;
        std::vector<double> per_inhabitant;
        for (std::size_t i = 0; i < members.size(); ++i) {
            total += p.amounts[i];
            if (paying[i] && members[i].population > 0)
                per_inhabitant.push_back(to_kroner(p.amounts[i]) / static_cast<double>(members[i].population));
        }
        put_amount(point, "members_total", total);
        point["gini"] = gini(per_inhabitant);
        points.push_back(std::move(point));
    }, 1);
    return ok(Document{{"id", s.id}, {"parameter", q.name}, {"points", std::move(points)}});
}

// The what-if as a scenario file: `spleis run` on it, saved in the served scenario's folder
// (where its population table's path leads), gives these amounts to the øre.
Reply scenario_file(const Served& s, const Scenario& what_if) {
    namespace fs = std::filesystem;
    const fs::path folder = fs::path(s.scenario.file).parent_path();
    const std::string population = fs::path(what_if.population_file).lexically_relative(folder.empty() ? "." : folder).generic_string();
    const std::string comment = fmt::format(
        "A what-if of {}, made on the page of spleis serve.\n"
        "Save it in the folder of {} (the population table below is found from there),\n"
        "then: spleis run {}-what-if.yaml",
        fs::path(s.scenario.file).filename().string(), fs::path(s.scenario.file).filename().string(), s.id);
    return {200, render_scenario_yaml(what_if, population, comment), "application/yaml; charset=utf-8", s.id + "-what-if.yaml"};
}

Reply report(const Served& s, const Request& r) {
    const Scenario what_if = apply(s.scenario, r.changes);
    if (r.format == "yaml") return scenario_file(s, what_if);
    const Allocation a = allocate(what_if);
    if (r.format == "csv") return {200, render_csv(a), "text/csv; charset=utf-8", s.id + "-what-if.csv"};
    if (r.format == "html") return {200, render_html(a, r.lang), "text/html; charset=utf-8", s.id + "-what-if.html"};
    if (r.format == "xlsx")
        return {200, render_xlsx(a, r.lang), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", s.id + "-what-if.xlsx"};
    return {200, render_json(a), "application/json", s.id + "-what-if.json"};
}

Reply route(const Api& api, std::string_view method, std::string_view path, std::string_view body, Language& lang) {
    constexpr std::string_view prefix = "/api/scenarios";
    if (path == prefix || path == "/api/scenarios/") {
        if (method != "GET") return error_reply(405, "bad_request", "use GET for /api/scenarios");
        Document list = Document::array();
        for (const Served& s : api.served()) list.push_back(scenario_document(s));
        return ok(Document{{"scenarios", std::move(list)}});
    }
    if (!path.starts_with("/api/scenarios/")) throw NotFound{"no such endpoint; see /api/scenarios"};
    std::string_view rest = path.substr(prefix.size() + 1);
    const std::size_t slash = rest.find('/');
    const Served& s = find_served(api, rest.substr(0, slash));
    if (slash == std::string_view::npos) {
        if (method != "GET") return error_reply(405, "bad_request", "use GET for a scenario");
        return ok(scenario_document(s));
    }
    const std::string_view action = rest.substr(slash + 1);
    static const std::map<std::string_view, Endpoint, std::less<>> endpoints{
        {"solve", Endpoint::solve}, {"compare", Endpoint::compare}, {"explain", Endpoint::explain},
        {"sweep", Endpoint::sweep}, {"report", Endpoint::report}};
    const auto endpoint = endpoints.find(action);
    if (endpoint == endpoints.end())
        throw NotFound{fmt::format("no endpoint \"{}\"; a scenario has solve, compare, explain, sweep and report",
                                   action.substr(0, max_text_length))};
    if (method != "POST") return error_reply(405, "bad_request", fmt::format("use POST for {}", action));
    const Request r = decode_request(body, endpoint->second);
    lang = r.lang;
    switch (endpoint->second) {
        case Endpoint::solve: return solve(s, r);
        case Endpoint::compare: return compare_options(s, r);
        case Endpoint::explain: return explain(s, r);
        case Endpoint::sweep: return sweep_points(s, r);
        case Endpoint::report: return report(s, r);
    }
    return error_reply(500, "internal", "unknown endpoint");
}

}  // namespace

Reply Api::handle(std::string_view method, std::string_view path, std::string_view body) const {
    Language lang = Language::en;  // the request's, once read
    try {
        return route(*this, method, path, body, lang);
    } catch (const BadRequest& e) {
        return error_reply(400, "bad_request", e.message, e.field);
    } catch (const NotFound& e) {
        return error_reply(404, "not_found", e.message);
    } catch (const Error& e) {
        // A value the request gave is named by its field; a scenario file's place is the
        // server's business, not the client's.
        const ErrorClass& c = error_class(e.kind());
        return error_reply(c.http_status, c.name, e.message(lang), e.where().field);
    } catch (const std::bad_alloc&) {
        return error_reply(503, "busy", "out of memory for this request");
    } catch (const std::exception& e) {
        return error_reply(500, "internal", fmt::format("internal error: {}", e.what()));
    }
}

}  // namespace spleis::server

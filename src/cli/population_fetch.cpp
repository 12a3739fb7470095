// `spleis population fetch`: the population of 1 January of a year, as Statistics Norway
// publishes it that day, from its API (PxWebApi v0, table 07459), checked against that
// year's municipal structure before anything is written: a table with a municipality
// missing would silently shift every member's amount. The one command that uses the network.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "fetch/http_post.hpp"
#include "spleis/county.hpp"
#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "spleis/nok.hpp"
#include "spleis/output_file.hpp"
#include "spleis/population_report.hpp"
#include "model/path.hpp"

namespace spleis::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* ssb_url = "https://data.ssb.no/api/v0/en/table/07459";

struct Structure {
    PopulationTable table;  // its codes are the structure; its populations are not used
    std::string file;       // population_norway_2026.csv
};

// The municipalities of 1 January `year`: those of the shipped table of that year, or of the
// latest one before it (the structure holds until the next reform).
Structure structure_of(int year, const std::string& data_dir) {
    const std::map<int, std::string> tables = shipped_tables(data_dir);
    auto it = tables.upper_bound(year);
    if (it == tables.begin())
        throw Error(Location{data_dir}, fmt::format("spleis knows the municipal structure from 1 January {} on (its shipped "
                                                    "tables), not for {}",
                                                    tables.begin()->first, year));
    --it;
    return {load_population(it->second), utf8_from_path(path_from_utf8(it->second).filename())};
}

// The PxWebApi v0 query: persons (Personer1) at 1 January of the year, in each municipality
// and in the whole country (region 0, to check the sum against). Age (Alder) and sex (Kjonn)
// are left out of the query, so the API sums over them.
std::string query(const PopulationTable& structure, int year) {
    nlohmann::json regions = nlohmann::json::array({"0"});
    for (const Municipality& m : structure.rows) regions.push_back(m.code);
    const auto item = [](const char* code, nlohmann::json values) {
        return nlohmann::json{{"code", code}, {"selection", {{"filter", "item"}, {"values", std::move(values)}}}};
    };
    const nlohmann::json q{{"query", {item("Region", regions), item("ContentsCode", {"Personer1"}),
                                      item("Tid", {std::to_string(year)})}},
                           {"response", {{"format", "json-stat2"}}}};
    return q.dump();
}

std::string status_text(long status) {
    switch (status) {
        case 400: return "Bad Request: the API did not accept the query";
        case 403: return "Forbidden: the API refused the query (too large, or too many queries in a minute)";
        case 404: return "Not Found: there is no such table at this address";
        case 429: return "Too Many Requests: try again in a minute";
        case 500: return "Internal Server Error";
        case 502: return "Bad Gateway";
        case 503: return "Service Unavailable: try again later";
        case 504: return "Gateway Timeout: try again later";
        default: return "";
    }
}

// The first line of an error page, when it is short plain text: SSB says why it refused.
std::string said(const std::string& body) {
    std::string line = body.substr(0, body.find_first_of("\r\n"));
    if (line.empty() || line.size() > 200 || line.find('<') != std::string::npos ||
        !std::all_of(line.begin(), line.end(), [](unsigned char c) { return c >= 0x20 && c < 0x7F; }))
        return "";
    return fmt::format(" (it says: \"{}\")", line);
}

std::string names(const std::vector<Municipality>& rows) {
    std::string out;
    for (std::size_t i = 0; i < rows.size() && i < 5; ++i) out += (out.empty() ? "" : ", ") + rows[i].code + " " + rows[i].name;
    if (rows.size() > 5) out += fmt::format(" and {} more", rows.size() - 5);
    return out;
}

// Every municipality of the structure once with inhabitants, no other, and their sum SSB's
// national total: otherwise the table is not the one the members' amounts may rest on.
void check(const SsbAnswer& answer, const Structure& structure, const std::string& url, int year) {
    std::set<std::string> got;
    for (const Municipality& m : answer.table.rows) got.insert(m.code);
    std::set<std::string> known;
    std::vector<Municipality> missing, unknown;
    for (const Municipality& m : structure.table.rows) {
        known.insert(m.code);
        if (!got.count(m.code)) missing.push_back(m);
    }
    for (const Municipality& m : answer.table.rows)
        if (!known.count(m.code)) unknown.push_back(m);
    const std::string structure_words =
        fmt::format("the {} municipalities of 1 January {} (the structure of {}, shipped with spleis)", structure.table.rows.size(),
                    year, structure.file);
    if (!missing.empty())
        throw Error(Location{url}, fmt::format("Statistics Norway's answer has no inhabitants for {} of {}: {}; nothing was "
                                               "written",
                                               missing.size(), structure_words, names(missing)));
    if (!unknown.empty())
        throw Error(Location{url}, fmt::format("Statistics Norway's answer has {} not among {}: {}; if the municipalities "
                                               "changed, spleis needs a newer structure (a newer release, or a table for "
                                               "the year in --data); nothing was written",
                                               unknown.size() == 1 ? "a municipality" : fmt::format("{} municipalities", unknown.size()),
                                               structure_words, names(unknown)));
    if (!answer.national_total)
        throw Error(Location{url}, "Statistics Norway's answer has no figure for the whole country (region 0) to check the "
                                   "municipalities against; nothing was written");
    std::int64_t sum = 0;
    for (const Municipality& m : answer.table.rows) sum += m.population;
    if (sum != *answer.national_total)
        throw Error(Location{url}, fmt::format("the municipalities in Statistics Norway's answer add up to {} inhabitants, but "
                                               "its figure for the whole country is {}; nothing was written",
                                               format_count(sum), format_count(*answer.national_total)));
}

std::string now_utc() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", std::gmtime(&now));  // one thread here
    return text;
}

// What the shipped tables' SOURCES.md says of each of them, for the one file downloaded.
std::string sources_text(const FetchOptions& options, const std::string& url, const SsbAnswer& answer,
                         const Structure& structure, const PopulationTable& written, const std::string& scope) {
    const std::int64_t national = *answer.national_total;
    std::int64_t in_file = 0;
    for (const Municipality& m : written.rows) in_file += m.population;
    std::string left_out;
    for (const LeftOutRow& row : answer.table.left_out)
        left_out += fmt::format("{}{} ({}: {})", left_out.empty() ? "" : "; ", row.label, row.reason, format_count(row.population));
    std::string text = fmt::format(
        "# {}\n\n"
        "Statistics Norway (SSB), StatBank table 07459 \"Population, by region, sex, age, contents and year\": persons\n"
        "at 1 January {} in each municipality, summed over sexes and ages by SSB's API. Data: Statistics\n"
        "Norway, under the Norwegian Licence for Open Government Data (NLOD 2.0).\n\n"
        "- downloaded: {}, by `spleis population fetch --year {}{}` (spleis {})\n"
        "- from: {} (PxWebApi v0: a POST selecting Region, ContentsCode Personer1 and Tid {}, answered in JSON-stat 2)\n",
        utf8_from_path(path_from_utf8(options.output).filename()), options.year, now_utc(), options.year,
        options.county ? " --county " + *options.county : "", SPLEIS_VERSION_STRING, url, options.year);
    if (!answer.updated.empty()) text += fmt::format("- table last updated by SSB: {}\n", answer.updated);
    text += fmt::format("- national total: {} inhabitants in {} municipalities (SSB's figure for the whole country, equal to "
                        "the sum of the municipalities)\n",
                        format_count(national), answer.table.rows.size());
    if (!scope.empty())
        text += fmt::format("- in this file: {}, {} municipalities, {} inhabitants\n", scope, written.rows.size(), format_count(in_file));
    text += fmt::format("- checked: every one of the {} municipalities of the structure of {} (shipped with spleis) present once, "
                        "each a positive whole number of inhabitants, and no other\n",
                        structure.table.rows.size(), structure.file);
    text += fmt::format("- left out: {}\n", left_out.empty() ? "nothing" : left_out);
    text += "\nFormat: UTF-8, comma-separated, header `code,name,population,year`, as the tables shipped with spleis.\n";
    return text;
}

std::string sidecar_path(const std::string& output) {
    fs::path path = path_from_utf8(output);
    path.replace_extension(".SOURCES.md");
    return utf8_from_path(path);
}

}  // namespace

int population_fetch(const FetchOptions& options) {
    const std::string data_dir = shipped_data_dir(options.data_dir);
    std::string url = options.url;
    if (url.empty()) {
        const char* env = std::getenv("SPLEIS_SSB_URL");
        url = env && *env ? env : ssb_url;
    }
    // Everything that can be known to fail is checked before the download.
    const Structure structure = structure_of(options.year, data_dir);
    std::string county;
    if (options.county) {
        county = county_code(*options.county);
        in_county(structure.table, county);
    }
    if (sidecar_path(options.output) == utf8_from_path(path_from_utf8(options.output)))
        throw UsageError("-o must name the CSV file to write, e.g. -o population_norway_2026.csv");

    http::Request request;
    request.url = url;
    request.body = query(structure.table, options.year);
    request.timeout = std::chrono::milliseconds(static_cast<long long>(options.timeout * 1000));
    request.connect_timeout = std::min(request.timeout, std::chrono::milliseconds(15'000));
    const http::Reply reply = http::post(request);
    if (reply.status != 200) {
        const std::string why = status_text(reply.status);
        throw Error(Location{url}, fmt::format("Statistics Norway answered HTTP {}{}{}; nothing was written", reply.status,
                                               why.empty() ? "" : " " + why, said(reply.body)));
    }

    const SsbAnswer answer = parse_ssb_07459_jsonstat(reply.body, url, options.year);
    check(answer, structure, url, options.year);
    PopulationTable table = answer.table;
    std::string scope;
    if (options.county) {
        table = in_county(std::move(table), county);
        const County* c = county_in(county, options.year);
        scope = c ? fmt::format("county {} {}", county, c->name) : fmt::format("county {}", county);
    }
    std::sort(table.rows.begin(), table.rows.end(), [](const Municipality& a, const Municipality& b) { return a.code < b.code; });

    // The sidecar first: a table never stands without its source. Should the table then fail,
    // the new sidecar goes too.
    const std::string sidecar = sidecar_path(options.output);
    write_file_atomically(sidecar, sources_text(options, url, answer, structure, table, scope));
    try {
        write_file_atomically(options.output, render_population_csv(table));
    } catch (...) {
        std::error_code ec;
        fs::remove(path_from_utf8(sidecar), ec);
        throw;
    }
    std::int64_t total = 0;
    for (const Municipality& m : table.rows) total += m.population;
    std::cout << fmt::format("Wrote {}: {} municipalities{}, {} inhabitants on 1 January {} (Statistics Norway, table 07459; "
                             "national total {}). Source and date in {}\n",
                             options.output, table.rows.size(), scope.empty() ? "" : " of " + scope, format_count(total),
                             options.year, format_count(*answer.national_total), sidecar);
    return 0;
}

}  // namespace spleis::cli

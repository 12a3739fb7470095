// The XLSX report, written with libxlsxwriter. Sheet 1 is always the first option's members
// with the same columns as `spleis run --format csv`, so a spreadsheet's export of it can be
// compared with the CSV report.
#include "spleis/xlsx_report.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#ifdef _WIN32
#include <windows.h>
#else
#include <unistd.h>
#endif
#include <xlsxwriter.h>

#include "spleis/error.hpp"
#include "spleis/nok.hpp"
#include "words.hpp"

namespace spleis {

namespace {

// The workbook's own words, beside the reports' shared ones (words.hpp).
struct SheetWords {
    std::string_view comparison, summary, parameters;    // sheet names
    std::string_view in_chart, per_inhabitant_in_chart;  // the charts' columns
    std::string_view contribution, not_drawn, pays_itself, amount_kr, cost_per_inhabitant, cost_against_population,
        kr_per_inhabitant;
    std::string_view delta_kr, delta_percent, per_inhabitant_of;  // "{} Δ kr", "{} Δ %", "{} per inhabitant"
    std::string_view rule, solved_parameter, solved_value, gini, members, unit, solved_so, scenario, budget,
        population, population_line, rounding, largest_remainder, self_funded_by;
};

constexpr SheetWords english{
    "Comparison", "Summary", "Parameters", "Amount in the chart", "Per inhabitant in the chart",
    "Contribution per member", "Contribution per member ({}, not drawn)", "{} pays {} itself", "Amount (kr)",
    "Cost per inhabitant", "Cost per inhabitant against population", "kr per inhabitant",
    "{} Δ kr", "{} Δ %", "{} per inhabitant",
    "Rule", "Solved parameter", "Solved value", "Gini (per inhabitant)", "Members", "Unit",
    "solved so the budget balances", "Scenario", "Budget", "Population", "1 January {}, Statistics Norway ({})", "Rounding",
    "{}, largest remainder", "Self-funded: {}"};

constexpr SheetWords bokmal{
    "Sammenligning", "Sammendrag", "Parametere", "Beløp i diagrammet", "Per innbygger i diagrammet",
    "Bidrag per medlem", "Bidrag per medlem ({}, ikke tegnet)", "{} betaler {} selv", "Beløp (kr)",
    "Kostnad per innbygger", "Kostnad per innbygger mot folketall", "kr per innbygger",
    "{} Δ kr", "{} Δ %", "{} per innbygger",
    "Regel", "Løst parameter", "Løst verdi", "Gini (per innbygger)", "Medlemmer", "Enhet",
    "løst slik at budsjettet går opp", "Scenario", "Budsjett", "Folketall", "1. januar {}, Statistisk sentralbyrå ({})",
    "Avrunding", "{}, største rest", "Egenfinansiert: {}"};

constexpr SheetWords nynorsk{
    "Samanlikning", "Samandrag", "Parametrar", "Beløp i diagrammet", "Per innbyggjar i diagrammet",
    "Bidrag per medlem", "Bidrag per medlem ({}, ikkje teikna)", "{} betaler {} sjølv", "Beløp (kr)",
    "Kostnad per innbyggjar", "Kostnad per innbyggjar mot folketal", "kr per innbyggjar",
    "{} Δ kr", "{} Δ %", "{} per innbyggjar",
    "Regel", "Løyst parameter", "Løyst verdi", "Gini (per innbyggjar)", "Medlemer", "Eining",
    "løyst slik at budsjettet går opp", "Scenario", "Budsjett", "Folketal", "1. januar {}, Statistisk sentralbyrå ({})",
    "Avrunding", "{}, største rest", "Eigenfinansiert: {}"};

const SheetWords& sheet_words(Language lang) {
    switch (lang) {
        case Language::nb: return bokmal;
        case Language::nn: return nynorsk;
        case Language::en: break;
    }
    return english;
}

template <class... Args>
std::string say(std::string_view pattern, Args&&... args) {
    return fmt::format(fmt::runtime(pattern), std::forward<Args>(args)...);
}


// libxlsxwriter 1.1.4 (Debian 12) writes only to a file name: use a private temporary file.
class TemporaryFile {
public:
#ifdef _WIN32
    // libxlsxwriter opens the name with the narrow fopen, which reads it in the ANSI code page:
    // the temporary folder by its short (8.3) name, which is plain ASCII even under
    // C:\Users\Bjørn\, and a name of our own; libxlsxwriter creates the file.
    TemporaryFile() {
        wchar_t folder[MAX_PATH + 1] = L"";
        DWORD n = ::GetTempPathW(MAX_PATH + 1, folder);
        if (n == 0 || n > MAX_PATH) throw Error(ErrorKind::output, {}, "cannot find the temporary folder for the workbook");
        wchar_t short_folder[MAX_PATH + 1] = L"";
        n = ::GetShortPathNameW(folder, short_folder, MAX_PATH + 1);
        const std::wstring name = std::wstring(n > 0 && n <= MAX_PATH ? short_folder : folder) + L"spleis-xlsx-" +
                                  std::to_wstring(::GetCurrentProcessId()) + L"-" + std::to_wstring(::GetTickCount64()) + L".xlsx";
        for (const wchar_t c : name) {
            if (c > 127)
                throw Error(ErrorKind::output, {},
                            "cannot write the workbook: the temporary folder's name is not plain ASCII (set TEMP to another folder)");
            path_ += static_cast<char>(c);
        }
    }
#else
    TemporaryFile() {
        path_ = (std::filesystem::temp_directory_path() / "spleis-xlsx-XXXXXX").string();
        const int fd = ::mkstemp(path_.data());
        if (fd < 0) throw Error(ErrorKind::output, {}, "cannot create a temporary file for the workbook");
        ::close(fd);
    }
#endif
    ~TemporaryFile() { std::remove(path_.c_str()); }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

void ok(lxw_error status, const char* what) {
    if (status != LXW_NO_ERROR)
        throw Error(ErrorKind::output, {}, fmt::format("cannot write the workbook ({}): {}", what, lxw_strerror(status)));
}

struct Formats {
    lxw_format* header;
    lxw_format* text;
    lxw_format* count;
    lxw_format* nok;
    lxw_format* nok_decimals;
    lxw_format* percent;
    lxw_format* ratio;
    lxw_format* bold_nok;
};

Formats make_formats(lxw_workbook* book) {
    const auto numbered = [&](const char* code, bool bold = false) {
        lxw_format* f = workbook_add_format(book);
        format_set_num_format(f, code);
        if (bold) format_set_bold(f);
        return f;
    };
    Formats f{};
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.text = workbook_add_format(book);
    format_set_num_format(f.text, "@");
    f.count = numbered("#,##0");
    f.nok = numbered("#,##0 \"kr\"");
    f.nok_decimals = numbered("#,##0.00 \"kr\"");
    f.percent = numbered("+0.0%;-0.0%;0.0%");
    f.ratio = numbered("0.000");
    f.bold_nok = numbered("#,##0 \"kr\"", true);
    return f;
}

// Excel allows 31 characters in a sheet name: an option's sheet is named by its letter
// ("Option A") and its full name is written in the sheet, where nothing cuts it.
std::string sheet_name(std::size_t index, const Words& w) { return say(w.sheet_option, static_cast<char>('A' + index % 26)); }

// Everything a sheet is written with: the workbook, its formats and its words.
struct Book {
    lxw_workbook* book;
    Formats f;
    Language lang;
    const Words& w;
    const SheetWords& s;
};

std::string cell(lxw_row_t row, lxw_col_t col) {
    std::string letters;
    for (unsigned c = col + 1u; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return fmt::format("{}{}", letters, row + 1);
}

double kroner(Ore ore) { return to_kroner(ore); }

double per_inhabitant(const MemberShare& m) {
    return m.municipality.population > 0 ? kroner(m.amount) / static_cast<double>(m.municipality.population) : 0;
}

void write(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, std::string_view text, lxw_format* format = nullptr) {
    worksheet_write_string(sheet, row, col, std::string(text).c_str(), format);
}

void members_sheet(const Book& b, const std::string& name, const std::string& title, const Allocation& a) {
    lxw_workbook* book = b.book;
    const Formats& f = b.f;
    lxw_worksheet* sheet = workbook_add_worksheet(book, name.c_str());
    const std::string_view headers[] = {b.w.code, b.w.municipality, b.w.population, b.w.amount, b.w.per_inhabitant, b.w.limit};
    for (lxw_col_t c = 0; c < 6; ++c) write(sheet, 0, c, headers[c], f.header);
    write(sheet, 0, 7, title, f.header);  // H1, above the charts: the option's whole name
    const auto last = static_cast<lxw_row_t>(a.members.size());
    for (lxw_row_t r = 1; r <= last; ++r) {
        const MemberShare& m = a.members[r - 1];
        worksheet_write_string(sheet, r, 0, m.municipality.code.c_str(), f.text);
        worksheet_write_string(sheet, r, 1, m.municipality.name.c_str(), nullptr);
        worksheet_write_number(sheet, r, 2, static_cast<double>(m.municipality.population), f.count);
        worksheet_write_number(sheet, r, 3, kroner(m.amount), m.amount % ore_per_krone ? f.nok_decimals : f.nok);
        const std::string formula = fmt::format("=IF({}>0,{}/{},0)", cell(r, 2), cell(r, 3), cell(r, 2));
        worksheet_write_formula_num(sheet, r, 4, formula.c_str(), f.nok_decimals, per_inhabitant(m));
        write(sheet, r, 5, b.lang == Language::en ? limit_name(m.limit) : limit_text(m.limit, b.lang));
    }
    const lxw_row_t total = last + 2;
    write(sheet, total, 1, b.w.total, f.header);
    std::int64_t population = 0;
    for (const MemberShare& m : a.members) population += m.municipality.population;
    worksheet_write_formula_num(sheet, total, 2, fmt::format("=SUM(C2:C{})", last + 1).c_str(), f.count, static_cast<double>(population));
    worksheet_write_formula_num(sheet, total, 3, fmt::format("=SUM(D2:D{})", last + 1).c_str(), f.bold_nok, kroner(a.members_total));
    worksheet_set_column(sheet, 0, 0, 7, nullptr);
    worksheet_set_column(sheet, 1, 1, 24, nullptr);
    worksheet_set_column(sheet, 2, 5, 15, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, last, 5);

    // The charts draw the members in the split only: a self-funded member's fixed amount (Bergen's
    // 9.1 MNOK) would flatten every other bar. They read two columns of their own, out of the
    // way, that leave those members' cells empty (visible: every spreadsheet program draws
    // visible cells, not all draw hidden ones), and the title says who is not drawn.
    const lxw_col_t drawn_amount = 26, drawn_per_inhabitant = 27;  // columns AA and AB
    write(sheet, 0, drawn_amount, b.s.in_chart, f.header);
    write(sheet, 0, drawn_per_inhabitant, b.s.per_inhabitant_in_chart, f.header);
    std::string apart;
    for (lxw_row_t r = 1; r <= last; ++r) {
        const MemberShare& m = a.members[r - 1];
        if (m.limit == Limit::self_funded) {
            apart += (apart.empty() ? "" : "; ") + say(b.s.pays_itself, m.municipality.name, format_nok(m.amount, b.lang));
            continue;
        }
        worksheet_write_number(sheet, r, drawn_amount, kroner(m.amount), f.nok);
        worksheet_write_number(sheet, r, drawn_per_inhabitant, per_inhabitant(m), f.nok_decimals);
    }
    worksheet_set_column(sheet, drawn_amount, drawn_per_inhabitant, 22, nullptr);
    const std::string bars_title = apart.empty() ? std::string(b.s.contribution) : say(b.s.not_drawn, apart);

    lxw_chart* bars = workbook_add_chart(book, LXW_CHART_COLUMN);
    lxw_chart_series* amounts = chart_add_series(bars, nullptr, nullptr);
    chart_series_set_categories(amounts, name.c_str(), 1, 1, last, 1);
    chart_series_set_values(amounts, name.c_str(), 1, drawn_amount, last, drawn_amount);
    chart_series_set_name(amounts, std::string(b.s.amount_kr).c_str());
    chart_title_set_name(bars, bars_title.c_str());
    chart_legend_set_position(bars, LXW_CHART_LEGEND_NONE);
    chart_axis_set_num_format(bars->y_axis, "#,##0 \"kr\"");
    lxw_chart_options large{};
    large.x_scale = 2.0;
    large.y_scale = 1.4;
    ok(worksheet_insert_chart_opt(sheet, 1, 7, bars, &large), "chart");

    lxw_chart* scatter = workbook_add_chart(book, LXW_CHART_SCATTER);
    lxw_chart_series* points = chart_add_series(scatter, nullptr, nullptr);
    chart_series_set_categories(points, name.c_str(), 1, 2, last, 2);
    chart_series_set_values(points, name.c_str(), 1, drawn_per_inhabitant, last, drawn_per_inhabitant);
    chart_series_set_name(points, std::string(b.s.cost_per_inhabitant).c_str());
    chart_title_set_name(scatter, std::string(b.s.cost_against_population).c_str());
    chart_axis_set_name(scatter->x_axis, std::string(b.w.population).c_str());
    chart_axis_set_name(scatter->y_axis, std::string(b.s.kr_per_inhabitant).c_str());
    chart_axis_set_num_format(scatter->x_axis, "#,##0");
    chart_legend_set_position(scatter, LXW_CHART_LEGEND_NONE);
    ok(worksheet_insert_chart_opt(sheet, 23, 7, scatter, &large), "chart");
}

void comparison_sheet(const Book& b, const Comparison& c) {
    const Formats& f = b.f;
    lxw_worksheet* sheet = workbook_add_worksheet(b.book, std::string(b.s.comparison).c_str());
    write(sheet, 0, 0, b.w.code, f.header);
    write(sheet, 0, 1, b.w.municipality, f.header);
    write(sheet, 0, 2, b.w.population, f.header);
    lxw_col_t col = 3;
    std::vector<lxw_col_t> amount_col;
    for (std::size_t k = 0; k < c.options.size(); ++k) {
        const char letter = static_cast<char>('A' + k % 26);
        amount_col.push_back(col);
        worksheet_write_string(sheet, 0, col++, fmt::format("{}: {}", letter, c.options[k].name).c_str(), f.header);
        if (k > 0) {
            write(sheet, 0, col++, say(b.s.delta_kr, letter), f.header);
            write(sheet, 0, col++, say(b.s.delta_percent, letter), f.header);
        }
        write(sheet, 0, col++, say(b.s.per_inhabitant_of, letter), f.header);
    }
    for (lxw_row_t r = 1; r <= c.members.size(); ++r) {
        const Municipality& who = c.members[r - 1].municipality;
        const MemberShare* base = c.share(r - 1, 0);
        worksheet_write_string(sheet, r, 0, who.code.c_str(), f.text);
        worksheet_write_string(sheet, r, 1, who.name.c_str(), nullptr);
        worksheet_write_number(sheet, r, 2, static_cast<double>(who.population), f.count);
        for (std::size_t k = 0; k < c.options.size(); ++k) {
            const MemberShare* m = c.share(r - 1, k);
            lxw_col_t at = amount_col[k];
            if (!m) {  // a text, not 0 kr: it would count in sums and averages
                write(sheet, r, at, b.w.not_a_member);
                continue;
            }
            worksheet_write_number(sheet, r, at, kroner(m->amount), f.nok);
            const std::string amount = cell(r, at), baseline = cell(r, amount_col[0]);
            if (k > 0 && base) {
                worksheet_write_formula_num(sheet, r, ++at, fmt::format("={}-{}", amount, baseline).c_str(), f.nok,
                                            kroner(m->amount - base->amount));
                const double change =
                    base->amount ? static_cast<double>(m->amount - base->amount) / static_cast<double>(base->amount) : 0;
                worksheet_write_formula_num(sheet, r, ++at, fmt::format("=IF({0}=0,0,{1}/{0}-1)", baseline, amount).c_str(),
                                            f.percent, change);
            } else if (k > 0) {
                at += 2;
            }
            worksheet_write_formula_num(sheet, r, ++at,
                                        fmt::format("=IF({0}>0,{1}/{0},0)", cell(r, 2), amount).c_str(), f.nok_decimals,
                                        per_inhabitant(*m));
        }
    }
    worksheet_set_column(sheet, 1, 1, 24, nullptr);
    worksheet_set_column(sheet, 3, col, 16, nullptr);
    worksheet_freeze_panes(sheet, 1, 3);
}

void summary_sheet(const Book& b, const Comparison& c) {
    const Formats& f = b.f;
    lxw_worksheet* sheet = workbook_add_worksheet(b.book, std::string(b.s.summary).c_str());
    const std::string_view headers[] = {b.w.option, b.s.rule, b.w.members_pay, b.s.solved_parameter, b.s.solved_value,
                                        b.w.smallest, b.w.largest, b.w.capped, b.s.gini, b.w.highest_lowest,
                                        b.s.members, b.w.paying};
    for (lxw_col_t col = 0; col < 12; ++col) write(sheet, 0, col, headers[col], f.header);
    for (lxw_row_t r = 1; r <= c.options.size(); ++r) {
        const OptionSummary& s = c.summaries[r - 1];
        worksheet_write_string(sheet, r, 0, c.options[r - 1].name.c_str(), nullptr);
        worksheet_write_string(sheet, r, 1, std::string(info(c.options[r - 1].allocation.rule).key).c_str(), nullptr);
        worksheet_write_number(sheet, r, 2, kroner(s.members_total), f.nok);
        if (s.solved) {
            write(sheet, r, 3, parameter_label(*s.solved, b.lang));
            worksheet_write_number(sheet, r, 4, s.solved_value, nullptr);
        }
        worksheet_write_number(sheet, r, 5, kroner(s.smallest), f.nok);
        worksheet_write_number(sheet, r, 6, kroner(s.largest), f.nok);
        worksheet_write_number(sheet, r, 7, s.capped, nullptr);
        worksheet_write_number(sheet, r, 8, s.gini, f.ratio);
        worksheet_write_number(sheet, r, 9, s.highest_to_lowest, f.ratio);
        worksheet_write_number(sheet, r, 10, s.members, nullptr);
        worksheet_write_number(sheet, r, 11, s.paying, nullptr);
    }
    worksheet_set_column(sheet, 0, 0, 40, nullptr);
    worksheet_set_column(sheet, 1, 11, 18, nullptr);
}

void parameters_sheet(const Book& b, const Comparison& c) {
    const Formats& f = b.f;
    lxw_worksheet* sheet = workbook_add_worksheet(b.book, std::string(b.s.parameters).c_str());
    const std::string source = capitalized(b.w.source);
    const std::string_view headers[] = {b.w.option, b.w.parameter, b.w.value, b.s.unit, source};
    for (lxw_col_t col = 0; col < 5; ++col) write(sheet, 0, col, headers[col], f.header);
    lxw_row_t r = 1;
    for (const NamedAllocation& o : c.options) {
        for (std::size_t i = 0; i < parameter_count; ++i) {
            const Parameter& p = o.allocation.parameters[i];
            if (!p.given()) continue;
            const ParameterInfo& pi = info(static_cast<ParameterId>(i));
            worksheet_write_string(sheet, r, 0, o.name.c_str(), nullptr);
            write(sheet, r, 1, parameter_label(static_cast<ParameterId>(i), b.lang));
            worksheet_write_number(sheet, r, 2, p.value, pi.unit == Unit::nok ? f.nok_decimals : nullptr);
            worksheet_write_string(sheet, r, 3, std::string(unit_name(pi.unit)).c_str(), nullptr);
            write(sheet, r, 4, p.solved() ? std::string(b.s.solved_so) : p.source);
            ++r;
        }
    }
    const Allocation& base = c.options.front().allocation;
    r += 1;
    write(sheet, r++, 0, b.w.other_funding, f.header);
    for (const Funding& fund : base.external_funding) {
        worksheet_write_string(sheet, r, 0, fund.name.c_str(), nullptr);
        worksheet_write_number(sheet, r, 2, kroner(fund.amount), f.nok);
        worksheet_write_string(sheet, r, 4, fund.source.c_str(), nullptr);
        ++r;
    }
    for (const SelfFunded& s : base.self_funded) {
        write(sheet, r, 0, say(b.s.self_funded_by, s.code));
        worksheet_write_number(sheet, r, 2, kroner(s.amount), f.nok);
        worksheet_write_string(sheet, r, 4, s.source.c_str(), nullptr);
        ++r;
    }
    r += 1;
    write(sheet, r, 0, b.s.scenario, f.header);
    worksheet_write_string(sheet, r++, 1, base.title.c_str(), nullptr);
    write(sheet, r, 0, b.s.budget);
    if (base.budget) worksheet_write_number(sheet, r, 2, kroner(*base.budget), f.nok);
    ++r;
    write(sheet, r, 0, b.s.population);
    write(sheet, r++, 1, say(b.s.population_line, base.population_year, base.population_file));
    write(sheet, r, 0, b.s.rounding);
    write(sheet, r++, 1, say(b.s.largest_remainder, unit_text(base.rounding_unit, b.lang)));
    worksheet_set_column(sheet, 0, 0, 40, nullptr);
    worksheet_set_column(sheet, 1, 3, 20, nullptr);
    worksheet_set_column(sheet, 4, 4, 80, nullptr);
}

}  // namespace

std::string render_xlsx(const Comparison& c, Language lang) {
    const TemporaryFile file;
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    lxw_workbook* book = workbook_new_opt(file.path().c_str(), &options);
    if (!book) throw Error(ErrorKind::output, {}, "cannot create the workbook");
    const Book b{book, make_formats(book), lang, words(lang), sheet_words(lang)};
    if (c.options.size() == 1) {  // `spleis run`: one allocation, no options to tell apart
        members_sheet(b, std::string(b.w.members_heading), c.options.front().allocation.title, c.options.front().allocation);
    } else {
        for (std::size_t k = 0; k < c.options.size(); ++k) {
            const char letter = static_cast<char>('A' + k % 26);
            const std::string baseline = k == 0 ? say(" ({})", b.w.baseline) : "";
            members_sheet(b, sheet_name(k, b.w), fmt::format("{}: {}{}", letter, c.options[k].name, baseline),
                          c.options[k].allocation);
        }
    }
    if (c.options.size() > 1) comparison_sheet(b, c);
    summary_sheet(b, c);
    parameters_sheet(b, c);
    lxw_doc_properties properties{};
    std::string title = c.options.front().allocation.title;  // the C struct wants char*
    std::string comments = "Made by spleis: amounts balance to the øre; the Parameters sheet gives every source.";
    properties.title = title.data();
    properties.comments = comments.data();
    workbook_set_properties(book, &properties);
    ok(workbook_close(book), "closing");

    std::ifstream in(file.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

std::string render_xlsx(const Allocation& a, Language lang) { return render_xlsx(compare({{a.model_name, a}}), lang); }

}  // namespace spleis

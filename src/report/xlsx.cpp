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

namespace spleis {

namespace {

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

// Excel allows 31 characters and none of []:*?/\ in a sheet name.
std::string sheet_name(std::size_t index, const std::string& name) {
    std::string clean;
    for (char c : name)
        if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) clean += c;
    std::string full = fmt::format("{} {}", static_cast<char>('A' + index % 26), clean);
    while (full.size() > 31) {  // cut on a UTF-8 character boundary
        full.pop_back();
        while (!full.empty() && (static_cast<unsigned char>(full.back()) & 0xC0) == 0x80) full.pop_back();
        if (!full.empty() && static_cast<unsigned char>(full.back()) >= 0xC0) full.pop_back();
    }
    return full;
}

std::string cell(lxw_row_t row, lxw_col_t col) {
    std::string letters;
    for (unsigned c = col + 1u; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return fmt::format("{}{}", letters, row + 1);
}

double kroner(Ore ore) { return to_kroner(ore); }

double per_inhabitant(const MemberShare& m) {
    return m.municipality.population > 0 ? kroner(m.amount) / static_cast<double>(m.municipality.population) : 0;
}

void members_sheet(lxw_workbook* book, const Formats& f, const std::string& name, const Allocation& a) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, name.c_str());
    const char* headers[] = {"Code", "Municipality", "Population", "Amount", "Per inhabitant", "Limit"};
    for (lxw_col_t c = 0; c < 6; ++c) worksheet_write_string(sheet, 0, c, headers[c], f.header);
    const auto last = static_cast<lxw_row_t>(a.members.size());
    for (lxw_row_t r = 1; r <= last; ++r) {
        const MemberShare& m = a.members[r - 1];
        worksheet_write_string(sheet, r, 0, m.municipality.code.c_str(), f.text);
        worksheet_write_string(sheet, r, 1, m.municipality.name.c_str(), nullptr);
        worksheet_write_number(sheet, r, 2, static_cast<double>(m.municipality.population), f.count);
        worksheet_write_number(sheet, r, 3, kroner(m.amount), m.amount % ore_per_krone ? f.nok_decimals : f.nok);
        const std::string formula = fmt::format("=IF({}>0,{}/{},0)", cell(r, 2), cell(r, 3), cell(r, 2));
        worksheet_write_formula_num(sheet, r, 4, formula.c_str(), f.nok_decimals, per_inhabitant(m));
        worksheet_write_string(sheet, r, 5, std::string(limit_name(m.limit)).c_str(), nullptr);
    }
    const lxw_row_t total = last + 2;
    worksheet_write_string(sheet, total, 1, "Total", f.header);
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
    worksheet_write_string(sheet, 0, drawn_amount, "Amount in the chart", f.header);
    worksheet_write_string(sheet, 0, drawn_per_inhabitant, "Per inhabitant in the chart", f.header);
    std::string apart;
    for (lxw_row_t r = 1; r <= last; ++r) {
        const MemberShare& m = a.members[r - 1];
        if (m.limit == Limit::self_funded) {
            apart += fmt::format("{}{} pays {} itself", apart.empty() ? "" : "; ", m.municipality.name, format_nok(m.amount));
            continue;
        }
        worksheet_write_number(sheet, r, drawn_amount, kroner(m.amount), f.nok);
        worksheet_write_number(sheet, r, drawn_per_inhabitant, per_inhabitant(m), f.nok_decimals);
    }
    worksheet_set_column(sheet, drawn_amount, drawn_per_inhabitant, 22, nullptr);
    const std::string bars_title =
        apart.empty() ? std::string("Contribution per member") : fmt::format("Contribution per member ({}, not drawn)", apart);

    lxw_chart* bars = workbook_add_chart(book, LXW_CHART_COLUMN);
    lxw_chart_series* amounts = chart_add_series(bars, nullptr, nullptr);
    chart_series_set_categories(amounts, name.c_str(), 1, 1, last, 1);
    chart_series_set_values(amounts, name.c_str(), 1, drawn_amount, last, drawn_amount);
    chart_series_set_name(amounts, "Amount (kr)");
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
    chart_series_set_name(points, "Cost per inhabitant");
    chart_title_set_name(scatter, "Cost per inhabitant against population");
    chart_axis_set_name(scatter->x_axis, "Population");
    chart_axis_set_name(scatter->y_axis, "kr per inhabitant");
    chart_axis_set_num_format(scatter->x_axis, "#,##0");
    chart_legend_set_position(scatter, LXW_CHART_LEGEND_NONE);
    ok(worksheet_insert_chart_opt(sheet, 23, 7, scatter, &large), "chart");
}

void comparison_sheet(lxw_workbook* book, const Formats& f, const Comparison& c) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Comparison");
    worksheet_write_string(sheet, 0, 0, "Code", f.header);
    worksheet_write_string(sheet, 0, 1, "Municipality", f.header);
    worksheet_write_string(sheet, 0, 2, "Population", f.header);
    lxw_col_t col = 3;
    std::vector<lxw_col_t> amount_col;
    for (std::size_t k = 0; k < c.options.size(); ++k) {
        const char letter = static_cast<char>('A' + k % 26);
        amount_col.push_back(col);
        worksheet_write_string(sheet, 0, col++, fmt::format("{}: {}", letter, c.options[k].name).c_str(), f.header);
        if (k > 0) {
            worksheet_write_string(sheet, 0, col++, fmt::format("{} Δ kr", letter).c_str(), f.header);
            worksheet_write_string(sheet, 0, col++, fmt::format("{} Δ %", letter).c_str(), f.header);
        }
        worksheet_write_string(sheet, 0, col++, fmt::format("{} per inhabitant", letter).c_str(), f.header);
    }
    for (lxw_row_t r = 1; r <= c.members.size(); ++r) {
        const Municipality& who = c.members[r - 1].municipality;
        const MemberShare* b = c.share(r - 1, 0);
        worksheet_write_string(sheet, r, 0, who.code.c_str(), f.text);
        worksheet_write_string(sheet, r, 1, who.name.c_str(), nullptr);
        worksheet_write_number(sheet, r, 2, static_cast<double>(who.population), f.count);
        for (std::size_t k = 0; k < c.options.size(); ++k) {
            const MemberShare* m = c.share(r - 1, k);
            lxw_col_t at = amount_col[k];
            if (!m) {  // a text, not 0 kr: it would count in sums and averages
                worksheet_write_string(sheet, r, at, "not a member", nullptr);
                continue;
            }
            worksheet_write_number(sheet, r, at, kroner(m->amount), f.nok);
            const std::string amount = cell(r, at), baseline = cell(r, amount_col[0]);
            if (k > 0 && b) {
                worksheet_write_formula_num(sheet, r, ++at, fmt::format("={}-{}", amount, baseline).c_str(), f.nok,
                                            kroner(m->amount - b->amount));
                const double change = b->amount ? static_cast<double>(m->amount - b->amount) / static_cast<double>(b->amount) : 0;
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

void summary_sheet(lxw_workbook* book, const Formats& f, const Comparison& c) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Summary");
    const char* headers[] = {"Option", "Rule", "Members pay", "Solved parameter", "Solved value", "Smallest", "Largest",
                             "Capped", "Gini (per inhabitant)", "Highest / lowest per inhabitant", "Members", "Paying"};
    for (lxw_col_t col = 0; col < 12; ++col) worksheet_write_string(sheet, 0, col, headers[col], f.header);
    for (lxw_row_t r = 1; r <= c.options.size(); ++r) {
        const OptionSummary& s = c.summaries[r - 1];
        worksheet_write_string(sheet, r, 0, c.options[r - 1].name.c_str(), nullptr);
        worksheet_write_string(sheet, r, 1, std::string(info(c.options[r - 1].allocation.rule).key).c_str(), nullptr);
        worksheet_write_number(sheet, r, 2, kroner(s.members_total), f.nok);
        if (s.solved) {
            worksheet_write_string(sheet, r, 3, std::string(info(*s.solved).key).c_str(), nullptr);
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

void parameters_sheet(lxw_workbook* book, const Formats& f, const Comparison& c) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Parameters");
    const char* headers[] = {"Option", "Parameter", "Value", "Unit", "Source"};
    for (lxw_col_t col = 0; col < 5; ++col) worksheet_write_string(sheet, 0, col, headers[col], f.header);
    lxw_row_t r = 1;
    for (const NamedAllocation& o : c.options) {
        for (std::size_t i = 0; i < parameter_count; ++i) {
            const Parameter& p = o.allocation.parameters[i];
            if (!p.given()) continue;
            const ParameterInfo& pi = info(static_cast<ParameterId>(i));
            worksheet_write_string(sheet, r, 0, o.name.c_str(), nullptr);
            worksheet_write_string(sheet, r, 1, std::string(pi.key).c_str(), nullptr);
            worksheet_write_number(sheet, r, 2, p.value, pi.unit == Unit::nok ? f.nok_decimals : nullptr);
            worksheet_write_string(sheet, r, 3, std::string(unit_name(pi.unit)).c_str(), nullptr);
            worksheet_write_string(sheet, r, 4, (p.solved() ? "solved so the budget balances" : p.source).c_str(), nullptr);
            ++r;
        }
    }
    const Allocation& base = c.options.front().allocation;
    r += 1;
    worksheet_write_string(sheet, r++, 0, "Other funding", f.header);
    for (const Funding& fund : base.external_funding) {
        worksheet_write_string(sheet, r, 0, fund.name.c_str(), nullptr);
        worksheet_write_number(sheet, r, 2, kroner(fund.amount), f.nok);
        worksheet_write_string(sheet, r, 4, fund.source.c_str(), nullptr);
        ++r;
    }
    for (const SelfFunded& s : base.self_funded) {
        worksheet_write_string(sheet, r, 0, fmt::format("Self-funded: {}", s.code).c_str(), nullptr);
        worksheet_write_number(sheet, r, 2, kroner(s.amount), f.nok);
        worksheet_write_string(sheet, r, 4, s.source.c_str(), nullptr);
        ++r;
    }
    r += 1;
    worksheet_write_string(sheet, r, 0, "Scenario", f.header);
    worksheet_write_string(sheet, r++, 1, base.title.c_str(), nullptr);
    worksheet_write_string(sheet, r, 0, "Budget", nullptr);
    if (base.budget) worksheet_write_number(sheet, r, 2, kroner(*base.budget), f.nok);
    ++r;
    worksheet_write_string(sheet, r, 0, "Population", nullptr);
    worksheet_write_string(sheet, r++, 1, fmt::format("1 January {}, Statistics Norway ({})", base.population_year, base.population_file).c_str(), nullptr);
    worksheet_write_string(sheet, r, 0, "Rounding", nullptr);
    worksheet_write_string(sheet, r++, 1, fmt::format("largest remainder, units of {} øre", base.rounding_unit).c_str(), nullptr);
    worksheet_set_column(sheet, 0, 0, 40, nullptr);
    worksheet_set_column(sheet, 1, 3, 20, nullptr);
    worksheet_set_column(sheet, 4, 4, 80, nullptr);
}

}  // namespace

std::string render_xlsx(const Comparison& c) {
    const TemporaryFile file;
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    lxw_workbook* book = workbook_new_opt(file.path().c_str(), &options);
    if (!book) throw Error(ErrorKind::output, {}, "cannot create the workbook");
    const Formats f = make_formats(book);
    for (std::size_t k = 0; k < c.options.size(); ++k)
        members_sheet(book, f, sheet_name(k, c.options[k].name), c.options[k].allocation);
    if (c.options.size() > 1) comparison_sheet(book, f, c);
    summary_sheet(book, f, c);
    parameters_sheet(book, f, c);
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

std::string render_xlsx(const Allocation& a) { return render_xlsx(compare({{a.model_name, a}})); }

}  // namespace spleis

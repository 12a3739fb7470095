#pragma once
// A report laid out for a council paper (saksframlegg): headings, paragraphs, lists and
// tables, written as Markdown or as an HTML page whose tables paste into Word or LibreOffice
// Writer as real tables. The reports fill a Paper; these writers know nothing of money.
#include <string>
#include <vector>

#include "spleis/nok.hpp"

namespace spleis {

struct PaperTable {
    std::vector<std::string> header;
    std::vector<bool> right_aligned;              // one per column: the numbers
    std::vector<std::vector<std::string>> rows;
    std::size_t total_rows = 0;                   // the last rows are totals, set in bold
};

struct PaperBlock {
    enum class Kind { heading, paragraph, list, table } kind;
    int level = 0;                   // a heading's: 1 is the title
    std::string text;                // a heading's or a paragraph's
    std::vector<std::string> items;  // a list's
    PaperTable table;
};

struct Paper {
    std::string title;  // the HTML page's <title>
    Language lang = Language::en;
    std::vector<PaperBlock> blocks;

    void heading(std::string text, int level) { blocks.push_back({PaperBlock::Kind::heading, level, std::move(text), {}, {}}); }
    void paragraph(std::string text) { blocks.push_back({PaperBlock::Kind::paragraph, 0, std::move(text), {}, {}}); }
    void list(std::vector<std::string> items) { blocks.push_back({PaperBlock::Kind::list, 0, {}, std::move(items), {}}); }
    void table(PaperTable table) { blocks.push_back({PaperBlock::Kind::table, 0, {}, {}, std::move(table)}); }
};

// GitHub-flavoured Markdown: pipe tables with the numbers right-aligned.
std::string markdown_text(const Paper& paper);
// A whole HTML page in UTF-8, tables with borders, numbers right-aligned and never broken
// across lines (no-break spaces in "260 000 kr").
std::string html_text(const Paper& paper);

}  // namespace spleis

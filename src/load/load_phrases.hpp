#pragma once
// The loaders' messages (src/load) in English, bokmål and nynorsk: what is wrong in a scenario,
// a model or a population file as it was written. The English is what the tests and docs quote;
// YAML keys, rule names and values stay as written in every language. Phrases the engine also
// uses (a negative amount, an amount too large, …) are taken from the catalogue, phrases.hpp.
#include <string>
#include <vector>

#include "phrases.hpp"

namespace spleis {

// A text the same in every language: a YAML key, a name, a path.
inline Text as_is(std::string text) { return {text, text, text}; }

// Items with a word between each two, "4631 or 4632 or 4633", in each language (word_or, word_and).
inline Text between_each(const std::vector<std::string>& items, const Phrase& word) {
    const Text spaced{fmt::format(" {} ", word.en), fmt::format(" {} ", word.nb), fmt::format(" {} ", word.nn)};
    Text out;
    for (std::size_t i = 0; i < items.size(); ++i) out = (i ? out + spaced : out) + as_is(items[i]);
    return out;
}

namespace phrase {

// A file that is no YAML text, or YAML that does not parse (yaml_reader.cpp).
inline constexpr Phrase yaml_binary{
    "not a YAML text file: it holds binary data (zero bytes); is it a spreadsheet, a PDF or an image?",
    "ikke en YAML-tekstfil: den inneholder binære data (nullbyte); er det et regneark, en PDF eller et bilde?",
    "ikkje ei YAML-tekstfil: ho inneheld binære data (nullbyte); er det eit rekneark, ein PDF eller eit bilete?"};
inline constexpr Phrase yaml_not_utf8{"the text is not UTF-8 here (is the file saved as Latin-1? save it as UTF-8)",
                                      "teksten er ikke UTF-8 her (er filen lagret som Latin-1? lagre den som UTF-8)",
                                      "teksten er ikkje UTF-8 her (er fila lagra som Latin-1? lagre ho som UTF-8)"};
inline constexpr Phrase yaml_control_character{"control character 0x{:02X} in the text; YAML text cannot hold it",
                                               "kontrolltegnet 0x{:02X} står i teksten; YAML-tekst kan ikke inneholde det",
                                               "kontrollteiknet 0x{:02X} står i teksten; YAML-tekst kan ikkje innehalde det"};
inline constexpr Phrase saved_as_unicode{"the file is saved as {} (\"Unicode\"); save it as UTF-8",
                                         "filen er lagret som {} («Unicode»); lagre den som UTF-8",
                                         "fila er lagra som {} («Unicode»); lagre ho som UTF-8"};
inline constexpr Phrase yaml_alias{
    "YAML aliases ({}) are not supported in scenarios and models; write the value out where it is used",
    "YAML-aliaser ({}) støttes ikke i scenarioer og modeller; skriv verdien ut der den brukes",
    "YAML-aliasar ({}) er ikkje støtta i scenario og modellar; skriv verdien ut der han vert brukt"};
inline constexpr Phrase yaml_too_deep{"not valid YAML: lists or mappings nested too deeply",
                                      "ikke gyldig YAML: lister eller nøkler med verdier ligger for dypt inni hverandre",
                                      "ikkje gyldig YAML: lister eller nøklar med verdiar ligg for djupt inni kvarandre"};
inline constexpr Phrase yaml_never_closed{"not valid YAML: the text opened with {} here is never closed",
                                          "ikke gyldig YAML: teksten som åpnes med {} her, blir aldri lukket",
                                          "ikkje gyldig YAML: teksten som vert opna med {} her, vert aldri lukka"};
inline constexpr Phrase yaml_unprintable_escape{
    "this text holds an escape (a backslash) that gives no printable character; write the character itself",
    "denne teksten har en escape-sekvens (en omvendt skråstrek) som ikke gir noe skrivbart tegn; skriv selve tegnet",
    "denne teksten har ein escape-sekvens (ein omvend skråstrek) som ikkje gir noko skrivbart teikn; skriv sjølve teiknet"};
// yaml-cpp's own message ({0}, English) and a hint, one of those below or none.
inline constexpr Phrase yaml_invalid{"not valid YAML: {}{}", "ikke gyldig YAML: {}{}", "ikkje gyldig YAML: {}{}"};
inline constexpr Phrase hint_tab{" (this line is indented with a tab; YAML needs spaces)",
                                 " (denne linjen er rykket inn med tabulator; YAML krever mellomrom)",
                                 " (denne linja er rykt inn med tabulator; YAML krev mellomrom)"};
inline constexpr Phrase hint_list_open{" (a list opened with `[` is not closed with `]`)",
                                       " (en liste åpnet med `[` er ikke lukket med `]`)",
                                       " (ei liste opna med `[` er ikkje lukka med `]`)"};
inline constexpr Phrase hint_mapping_open{" (a mapping opened with `{{` is not closed with `}}`)",
                                          " (nøkler og verdier åpnet med `{{` er ikke lukket med `}}`)",
                                          " (nøklar og verdiar opna med `{{` er ikkje lukka med `}}`)"};
inline constexpr Phrase hint_indentation{
    " (check the indentation here and on the line above; text holding `: ` needs quotes)",
    " (sjekk innrykket her og på linjen over; tekst som inneholder `: `, må stå i anførselstegn)",
    " (sjekk innrykket her og på linja over; tekst som inneheld `: `, må stå i hermeteikn)"};
inline constexpr Phrase hint_escape{
    " (inside double quotes a backslash starts an escape; use single quotes instead)",
    " (inne i doble anførselstegn starter en omvendt skråstrek en escape-sekvens; bruk enkle anførselstegn i stedet)",
    " (inne i doble hermeteikn startar ein omvend skråstrek ein escape-sekvens; bruk enkle hermeteikn i staden)"};

// A value as it was written, after "got" (shown()).
inline constexpr Phrase quoted{"\"{}\"", "«{}»", "«{}»"};
inline constexpr Phrase a_list{"a list", "en liste", "ei liste"};
inline constexpr Phrase a_mapping{"a mapping", "nøkler med verdier", "nøklar med verdiar"};
inline constexpr Phrase nothing{"nothing", "ingenting", "ingenting"};
inline constexpr Phrase a_list_or_mapping{"a list or mapping", "en liste eller nøkler med verdier",
                                          "ei liste eller nøklar med verdiar"};

// The keys of a mapping (yaml::Map); {} after "in" is what the mapping is, as below.
inline constexpr Phrase mapping_empty{"{} is empty; expected keys and values like {}",
                                      "{} er uten innhold; ventet nøkler og verdier som {}",
                                      "{} er utan innhald; venta nøklar og verdiar som {}"};
inline constexpr Phrase not_a_mapping{"{} must be a mapping of keys to values, got {}", "{} må bestå av nøkler med verdier, fikk {}",
                                      "{} må bestå av nøklar med verdiar, fekk {}"};
inline constexpr Phrase unknown_key{"unknown key `{}` in {}", "ukjent nøkkel `{}` i {}", "ukjend nøkkel `{}` i {}"};
inline constexpr Phrase did_you_mean_key{"; did you mean `{}`?", "; mente du `{}`?", "; meinte du `{}`?"};
inline constexpr Phrase known_keys{" (known keys: {})", " (kjente nøkler: {})", " (kjende nøklar: {})"};
inline constexpr Phrase key_twice{"key `{}` appears twice in {} (first on line {})",
                                  "nøkkelen `{}` står to ganger i {} (første gang på linje {})",
                                  "nøkkelen `{}` står to gonger i {} (første gong på linje {})"};
inline constexpr Phrase needs_key{"{} needs the key `{}`", "{} trenger nøkkelen `{}`", "{} treng nøkkelen `{}`"};
inline constexpr Phrase the_scenario{"the scenario", "scenarioet", "scenarioet"};
inline constexpr Phrase the_model{"the model", "modellen", "modellen"};
inline constexpr Phrase an_option{"an option", "et alternativ", "eit alternativ"};
inline constexpr Phrase external_funding{"external funding", "ekstern finansiering", "ekstern finansiering"};
inline constexpr Phrase a_self_funded_member{"a self-funded member", "et egenfinansiert medlem", "ein eigenfinansiert medlem"};
inline constexpr Phrase a_band{"a band", "et trinn", "eit trinn"};
inline constexpr Phrase a_fact{"a fact", "et faktum", "eit faktum"};
inline constexpr Phrase parameter_named{"parameter {}", "parameteren {}", "parameteren {}"};

// A value of the wrong kind: {0} is its key, the last {} the value as written (shown()).
inline constexpr Phrase must_be_text{"{} must be text, got {}", "{} må være tekst, fikk {}", "{} må vere tekst, fekk {}"};
inline constexpr Phrase must_be_amount{"{} must be an amount in kroner, got {}", "{} må være et beløp i kroner, fikk {}",
                                       "{} må vere eit beløp i kroner, fekk {}"};
inline constexpr Phrase must_be_finite_amount{"{} must be a finite amount in kroner, got {}",
                                              "{} må være et endelig beløp i kroner, fikk {}",
                                              "{} må vere eit endeleg beløp i kroner, fekk {}"};
inline constexpr Phrase must_be_amount_like{"{} must be an amount in kroner (like 19470000, 19 470 000 or 260000.50), got {}",
                                            "{} må være et beløp i kroner (som 19470000, 19 470 000 eller 260000.50), fikk {}",
                                            "{} må vere eit beløp i kroner (som 19470000, 19 470 000 eller 260000.50), fekk {}"};
inline constexpr Phrase must_be_number{"{} must be a number, got {}", "{} må være et tall, fikk {}", "{} må vere eit tal, fekk {}"};
inline constexpr Phrase must_be_number_like{"{} must be a number (like 19.99, 1/3 or 30 %), got {}",
                                            "{} må være et tall (som 19.99, 1/3 eller 30 %), fikk {}",
                                            "{} må vere eit tal (som 19.99, 1/3 eller 30 %), fekk {}"};
inline constexpr Phrase zero_denominator{"{} must be a fraction with a non-zero denominator, got {}",
                                         "{} må være en brøk der nevneren ikke er null, fikk {}",
                                         "{} må vere ein brøk der nemnaren ikkje er null, fekk {}"};
inline constexpr Phrase must_be_whole_number{"{} must be a whole number, got {}", "{} må være et helt tall, fikk {}",
                                             "{} må vere eit heilt tal, fekk {}"};
inline constexpr Phrase must_be_list{"{} must be a list, got {}", "{} må være en liste, fikk {}", "{} må vere ei liste, fekk {}"};

// Amounts and numbers written in a way people read differently (refuse_misread_amount, number).
inline constexpr Phrase amount_in_words{
    "{} must be written in kroner with all its digits, like 1 800 000 for 1.8 million; \"{}\" is not read as an amount (no "
    "words like mill or MNOK)",
    "{} må skrives i kroner med alle sifre, som 1 800 000 for 1,8 millioner; «{}» leses ikke som et beløp (ingen ord som mill "
    "eller MNOK)",
    "{} må skrivast i kroner med alle siffer, som 1 800 000 for 1,8 millionar; «{}» vert ikkje lese som eit beløp (ingen ord "
    "som mill eller MNOK)"};
inline constexpr Phrase amount_with_kr{"{} is in kroner already: write the number alone, without kr or NOK, got \"{}\"",
                                       "{} er allerede i kroner: skriv bare tallet, uten kr eller NOK, fikk «{}»",
                                       "{} er alt i kroner: skriv berre talet, utan kr eller NOK, fekk «{}»"};
inline constexpr Phrase comma_two_ways{
    "{}: \"{}\" reads two ways: {} {} kr (a comma between thousands) or {} kr and {} øre (a decimal comma); write {} {} or {}.{}",
    "{}: «{}» kan leses på to måter: {} {} kr (komma mellom tusener) eller {} kr og {} øre (desimalkomma); skriv {} {} eller "
    "{}.{}",
    "{}: «{}» kan lesast på to måtar: {} {} kr (komma mellom tusen) eller {} kr og {} øre (desimalkomma); skriv {} {} eller "
    "{}.{}"};
inline constexpr Phrase decimal_comma_after_groups{"{}: \"{}\" has a decimal comma; write a point before the øre: {}.{}",
                                                   "{}: «{}» har desimalkomma; skriv punktum foran ørene: {}.{}",
                                                   "{}: «{}» har desimalkomma; skriv punktum framfor øra: {}.{}"};
inline constexpr Phrase decimal_comma_amount{
    "{}: \"{}\" has a decimal comma; amounts are kroner with all their digits and a point before the øre: write {}.{} for {} "
    "kroner {} øre, or all the digits (like 6 400 000) for millions",
    "{}: «{}» har desimalkomma; beløp er kroner med alle sifre og punktum foran ørene: skriv {}.{} for {} kroner {} øre, "
    "eller alle sifrene (som 6 400 000) for millioner",
    "{}: «{}» har desimalkomma; beløp er kroner med alle siffer og punktum framfor øra: skriv {}.{} for {} kroner {} øre, "
    "eller alle siffera (som 6 400 000) for millionar"};
inline constexpr Phrase amount_commas{"{}: \"{}\" has commas; write the amount with spaces between thousands, like 6 400 000",
                                      "{}: «{}» har komma; skriv beløpet med mellomrom mellom tusener, som 6 400 000",
                                      "{}: «{}» har komma; skriv beløpet med mellomrom mellom tusen, som 6 400 000"};
inline constexpr Phrase amount_points{
    "{}: \"{}\" has points between thousands; write spaces there, like 6 400 000 (a point comes only before the øre, like "
    "260000.50)",
    "{}: «{}» har punktum mellom tusener; skriv mellomrom der, som 6 400 000 (punktum står bare foran ørene, som 260000.50)",
    "{}: «{}» har punktum mellom tusen; skriv mellomrom der, som 6 400 000 (punktum står berre framfor øra, som 260000.50)"};
inline constexpr Phrase point_two_ways{
    "{}: \"{}\" reads two ways: {} {} kr (a point between thousands) or {}.{} kr; write {} {} or {}.{}",
    "{}: «{}» kan leses på to måter: {} {} kr (punktum mellom tusener) eller {}.{} kr; skriv {} {} eller {}.{}",
    "{}: «{}» kan lesast på to måtar: {} {} kr (punktum mellom tusen) eller {}.{} kr; skriv {} {} eller {}.{}"};
inline constexpr Phrase number_decimal_comma{"{}: \"{}\" has a decimal comma; write a point, like {}{}",
                                             "{}: «{}» har desimalkomma; skriv punktum, som {}{}",
                                             "{}: «{}» har desimalkomma; skriv punktum, som {}{}"};
inline constexpr Phrase split_or_fraction{
    "{}: \"{}\" reads two ways: as a split of {} % and {} %, or as the fraction {} divided by {} ({}/{}, {:.2f} %); write "
    "`{} %` for the split or `{}/{}` for the fraction",
    "{}: «{}» kan leses på to måter: som en fordeling på {} % og {} %, eller som brøken {} delt på {} ({}/{}, {:.2f} %); "
    "skriv `{} %` for fordelingen eller `{}/{}` for brøken",
    "{}: «{}» kan lesast på to måtar: som ei fordeling på {} % og {} %, eller som brøken {} delt på {} ({}/{}, {:.2f} %); "
    "skriv `{} %` for fordelinga eller `{}/{}` for brøken"};
inline constexpr Phrase part_above_whole{"{} is a part of the whole, at most 100 %, got {}",
                                         "{} er en del av helheten, høyst 100 %, fikk {}",
                                         "{} er ein del av heilskapen, høgst 100 %, fekk {}"};

// Files: {} before the path is the kind of file, as below (text_file.cpp, file_reader.cpp).
inline constexpr Phrase scenario_file{"scenario file", "scenariofilen", "scenariofila"};
inline constexpr Phrase model_file{"model file", "modellfilen", "modellfila"};
inline constexpr Phrase population_file{"population file", "befolkningsfilen", "befolkningsfila"};
inline constexpr Phrase is_a_directory{"{} is a directory, not a file", "{} er en mappe, ikke en fil", "{} er ei mappe, ikkje ei fil"};
inline constexpr Phrase cannot_open{"cannot open {}: {}", "kan ikke åpne {}: {}", "kan ikkje opne {}: {}"};
inline constexpr Phrase cannot_read{"cannot read {}", "kan ikke lese {}", "kan ikkje lese {}"};
inline constexpr Phrase file_too_large{"{} is larger than {} MB; is it the right file?", "{} er større enn {} MB; er det riktig fil?",
                                       "{} er større enn {} MB; er det rett fil?"};
inline constexpr Phrase file_not_found{
    "{} {} not found (looked for {}; paths in a scenario are relative to the folder of the scenario file)",
    "{} {} finnes ikke (så etter {}; stier i et scenario er relative til mappen scenariofilen ligger i)",
    "{} {} finst ikkje (såg etter {}; stiar i eit scenario er relative til mappa scenariofila ligg i)"};
inline constexpr Phrase outside_folder{
    "the {} {} is outside the folder this scenario text may read ({}); name a file inside it by a relative path",
    "{} {} ligger utenfor mappen denne scenarioteksten kan lese fra ({}); oppgi en fil i mappen med en relativ sti",
    "{} {} ligg utanfor mappa denne scenarioteksten kan lese frå ({}); gi opp ei fil i mappa med ein relativ sti"};
inline constexpr Phrase not_that_kind_of_file{"the {} {} is not {}; this scenario text may read only such files",
                                              "{} {} er ikke {}; denne scenarioteksten kan bare lese slike filer",
                                              "{} {} er ikkje {}; denne scenarioteksten kan berre lese slike filer"};
inline constexpr Phrase a_yaml_file{"a .yaml file", "en .yaml-fil", "ei .yaml-fil"};
inline constexpr Phrase a_csv_file{"a .csv file", "en .csv-fil", "ei .csv-fil"};

// A scenario's members (scenario_yaml.cpp, changes_yaml.cpp).
inline constexpr Phrase member_not_text{
    "a member is a municipality code like 4601 or a name like Bergen, got a list or mapping",
    "et medlem er en kommunekode som 4601 eller et navn som Bergen, fikk en liste eller nøkler med verdier",
    "ein medlem er ein kommunekode som 4601 eller eit namn som Bergen, fekk ei liste eller nøklar med verdiar"};
inline constexpr Phrase municipality_listed_twice{"municipality {} ({}) is listed twice", "kommune {} ({}) står oppført to ganger",
                                                  "kommune {} ({}) står oppført to gonger"};
inline constexpr Phrase county_listed_twice{"county {} ({}) is listed twice", "fylke {} ({}) står oppført to ganger",
                                            "fylke {} ({}) står oppført to gonger"};
inline constexpr Phrase named_listed_twice{"{} {} is listed twice", "{} {} står oppført to ganger", "{} {} står oppført to gonger"};
inline constexpr Phrase lists_no_municipality{"{} lists no municipality", "{} har ingen kommuner", "{} har ingen kommunar"};
inline constexpr Phrase members_as_mapping{
    "members as a mapping is `county: NN` (its municipalities), `counties:` (counties as members) or `municipalities:`, or "
    "several of them",
    "members med nøkler er `county: NN` (kommunene i fylket), `counties:` (fylker som medlemmer) eller `municipalities:`, "
    "eller flere av dem",
    "members med nøklar er `county: NN` (kommunane i fylket), `counties:` (fylke som medlemer) eller `municipalities:`, "
    "eller fleire av dei"};
inline constexpr Phrase members_must_be{
    "members must be `all`, `county: NN` or a list of municipality codes or names like [4601, Osterøy] (F-46 for a county), "
    "got {}",
    "members må være `all`, `county: NN` eller en liste med kommunekoder eller navn som [4601, Osterøy] (F-46 for et fylke), "
    "fikk {}",
    "members må vere `all`, `county: NN` eller ei liste med kommunekodar eller namn som [4601, Osterøy] (F-46 for eit fylke), "
    "fekk {}"};
inline constexpr Phrase county_two_digits{"a county is a two-digit county number like 46, got \"{}\"",
                                          "et fylke er et tosifret fylkesnummer som 46, fikk «{}»",
                                          "eit fylke er eit tosifra fylkesnummer som 46, fekk «{}»"};
inline constexpr Phrase county_number_or_name{
    "county must be a two-digit county number like 46 or a county's name like Vestland, got \"{}\"",
    "county må være et tosifret fylkesnummer som 46 eller et fylkesnavn som Vestland, fikk «{}»",
    "county må vere eit tosifra fylkesnummer som 46 eller eit fylkesnamn som Vestland, fekk «{}»"};
inline constexpr Phrase oslo_county{
    "Oslo is one municipality with a county's tasks; make it a member as municipality 0301",
    "Oslo er én kommune med fylkeskommunale oppgaver; gjør den til medlem som kommune 0301",
    "Oslo er éin kommune med fylkeskommunale oppgåver; gjer han til medlem som kommune 0301"};
inline constexpr Phrase no_code_starting{"no municipality in {} has a code starting with {}",
                                         "ingen kommune i {} har en kode som begynner med {}",
                                         "ingen kommune i {} har ein kode som byrjar med {}"};
inline constexpr Phrase rounding_one_of{"rounding must be one of: {}; got \"{}\"", "rounding må være en av: {}; fikk «{}»",
                                        "rounding må vere ein av: {}; fekk «{}»"};

// Counties and municipalities that a reform changed (scenario_yaml.cpp, municipality_changes.cpp).
inline constexpr Phrase no_county{"there is no county {} on 1 January {}{}", "det finnes ikke noe fylke {} 1. januar {}{}",
                                  "det finst ikkje noko fylke {} 1. januar {}{}"};
inline constexpr Phrase county_was{" (it was {})", " (det var {})", " (det var {})"};
inline constexpr Phrase county_was_split{
    "there is no county {} on 1 January {}: {} was split on 1 January {} into {}; write the counties that are members ({})",
    "det finnes ikke noe fylke {} 1. januar {}: {} ble delt 1. januar {} i {}; skriv de fylkene som er medlemmer ({})",
    "det finst ikkje noko fylke {} 1. januar {}: {} vart delt 1. januar {} i {}; skriv dei fylka som er medlemer ({})"};
inline constexpr Phrase county_is_part_of{
    "there is no county {} on 1 January {}: {} is part of {} from 1 January {}; write {}, or set `reform: follow`",
    "det finnes ikke noe fylke {} 1. januar {}: {} er del av {} fra 1. januar {}; skriv {}, eller sett `reform: follow`",
    "det finst ikkje noko fylke {} 1. januar {}: {} er del av {} frå 1. januar {}; skriv {}, eller set `reform: follow`"};
inline constexpr Phrase county_without_municipality{"county {} ({}) has no municipality in {} (1 January {})",
                                                    "fylke {} ({}) har ingen kommuner i {} (1. januar {})",
                                                    "fylke {} ({}) har ingen kommunar i {} (1. januar {})"};
inline constexpr Phrase no_county_that_year{"{} was no county on 1 January {}, the year of {} (it was: {})",
                                            "{} var ikke et fylke 1. januar {}, året for {} (det var: {})",
                                            "{} var ikkje eit fylke 1. januar {}, året for {} (det var: {})"};
inline constexpr Phrase in_budget_year_table{" (the table for budget year {})", " (tabellen for budsjettåret {})",
                                             " (tabellen for budsjettåret {})"};
inline constexpr Phrase municipality_was_split{
    "{} {} was split on 1 January {} between {}{}; write the part that is a member ({}), or both",
    "{} {} ble delt 1. januar {} mellom {}{}; skriv den delen som er medlem ({}), eller begge",
    "{} {} vart delt 1. januar {} mellom {}{}; skriv den delen som er medlem ({}), eller begge"};
inline constexpr Phrase municipality_became{"{} {} is {} {} from 1 January {} ({}){}; write {}, or set `reform: follow`",
                                            "{} {} er {} {} fra 1. januar {} ({}){}; skriv {}, eller sett `reform: follow`",
                                            "{} {} er {} {} frå 1. januar {} ({}){}; skriv {}, eller set `reform: follow`"};
// How a code changed (Successor::how).
inline constexpr Phrase renumbered{"renumbered", "fikk nytt nummer", "fekk nytt nummer"};
inline constexpr Phrase merged{"merged", "slått sammen", "slått saman"};
inline constexpr Phrase merged_with{"merged with {}", "slått sammen med {}", "slått saman med {}"};
inline constexpr Phrase part_of{"part of {} {}", "del av {} {}", "del av {} {}"};
inline constexpr Phrase split_between{"split between {}", "delt mellom {}", "delt mellom {}"};
inline constexpr Phrase reform_follow_or_ask{
    "reform must be `follow` (a member whose code changed in a municipal reform becomes its successor) or `ask` (the "
    "default: an error that says what it became), got \"{}\"",
    "reform må være `follow` (et medlem som fikk ny kode i en kommunereform, blir erstattet av den nye kommunen) eller "
    "`ask` (standard: en feilmelding som sier hva det ble), fikk «{}»",
    "reform må vere `follow` (ein medlem som fekk ny kode i ei kommunereform, vert erstatta av den nye kommunen) eller "
    "`ask` (standard: ei feilmelding som seier kva han vart), fekk «{}»"};

// An option (scenario_yaml.cpp).
inline constexpr Phrase option_changes_nothing{
    "option \"{}\" changes nothing: give it a model, a rule or parameters, or change the members (leave, join, members), "
    "the budget, external_funding or self_funded",
    "alternativet «{}» endrer ingenting: gi det en modell, en regel eller parametere, eller endre medlemmene (leave, join, "
    "members), budsjettet, external_funding eller self_funded",
    "alternativet «{}» endrar ingenting: gi det ein modell, ein regel eller parametrar, eller endre medlemene (leave, join, "
    "members), budsjettet, external_funding eller self_funded"};
inline constexpr Phrase option_model_and_rule{"option \"{}\" gives both a model and a rule; give one",
                                              "alternativet «{}» har både en modell og en regel; gi bare én av dem",
                                              "alternativet «{}» har både ein modell og ein regel; gi berre éin av dei"};
inline constexpr Phrase option_same_model{
    "option \"{}\" changes nothing: its model has the baseline's rule and parameters",
    "alternativet «{}» endrer ingenting: modellen har samme regel og parametere som utgangspunktet",
    "alternativet «{}» endrar ingenting: modellen har same regel og parametrar som utgangspunktet"};
inline constexpr Phrase option_same_rule{"option \"{}\" changes nothing: the baseline already uses the rule {}",
                                         "alternativet «{}» endrer ingenting: utgangspunktet bruker allerede regelen {}",
                                         "alternativet «{}» endrar ingenting: utgangspunktet brukar alt regelen {}"};
inline constexpr Phrase option_bands_by_rule{
    "option \"{}\" cannot switch to population_bands with `rule:`: it needs a price list; give the option a `model:` with bands",
    "alternativet «{}» kan ikke bytte til population_bands med `rule:`: regelen trenger en prisliste; gi alternativet en "
    "`model:` med bands",
    "alternativet «{}» kan ikkje byte til population_bands med `rule:`: regelen treng ei prisliste; gi alternativet ein "
    "`model:` med bands"};
inline constexpr Phrase option_same_shortfall{
    "option \"{}\" changes nothing: the baseline already uses the shortfall rule {}",
    "alternativet «{}» endrer ingenting: utgangspunktet bruker allerede underskuddsregelen {}",
    "alternativet «{}» endrar ingenting: utgangspunktet brukar alt underskotsregelen {}"};
inline constexpr Phrase option_same_parameter{"option \"{}\" changes nothing in {}: it is already {}",
                                              "alternativet «{}» endrer ingenting i {}: den er allerede {}",
                                              "alternativet «{}» endrar ingenting i {}: han er alt {}"};
inline constexpr Phrase no_value_of{"no {}", "uten verdi", "utan verdi"};  // {} the parameter; not said in nb, nn
inline constexpr Phrase options_same_name{"two options are called \"{}\"; give each its own name",
                                          "to alternativer heter «{}»; gi hvert av dem sitt eget navn",
                                          "to alternativ heiter «{}»; gi kvart av dei sitt eige namn"};

// Budget years, plans and population years (scenario_yaml.cpp).
inline constexpr Phrase one_year_needed{
    "this scenario covers several budget years; here one budget year is needed: give the scenario one `year:`",
    "dette scenarioet dekker flere budsjettår; her trengs ett budsjettår: gi scenarioet én `year:`",
    "dette scenarioet dekkjer fleire budsjettår; her trengst eitt budsjettår: gi scenarioet éin `year:`"};
inline constexpr Phrase index_needs_years{"`index:` carries amounts from year to year; it needs `years:`",
                                          "`index:` fører beløp videre fra år til år; den trenger `years:`",
                                          "`index:` fører beløp vidare frå år til år; han treng `years:`"};
inline constexpr Phrase year_like{"year must be a year like 2021, got {}", "year må være et årstall som 2021, fikk {}",
                                  "year må vere eit årstal som 2021, fekk {}"};
inline constexpr Phrase facts_one_year{"facts are for calibrating one budget year; give the scenario one `year:`",
                                       "fakta brukes til å kalibrere ett budsjettår; gi scenarioet én `year:`",
                                       "fakta vert brukte til å kalibrere eitt budsjettår; gi scenarioet éin `year:`"};
inline constexpr Phrase years_like{"years must be budget years like 2022..2025 or [2022, 2023], got \"{}\"",
                                   "years må være budsjettår som 2022..2025 eller [2022, 2023], fikk «{}»",
                                   "years må vere budsjettår som 2022..2025 eller [2022, 2023], fekk «{}»"};
inline constexpr Phrase years_backwards{"years {} runs backwards; write the first year first",
                                        "years {} går baklengs; skriv det første året først",
                                        "years {} går baklengs; skriv det første året først"};
inline constexpr Phrase years_in_order{"years must be listed in order, each once", "years må stå i rekkefølge, hvert år én gang",
                                       "years må stå i rekkjefølgje, kvart år éin gong"};
inline constexpr Phrase years_range_or_list{"years must be a range like 2022..2025 or a list like [2022, 2023]",
                                            "years må være et intervall som 2022..2025 eller en liste som [2022, 2023]",
                                            "years må vere eit intervall som 2022..2025 eller ei liste som [2022, 2023]"};
inline constexpr Phrase at_most_50_years{"a plan covers at most 50 budget years", "en plan dekker høyst 50 budsjettår",
                                         "ein plan dekkjer høgst 50 budsjettår"};
inline constexpr Phrase year_or_years{"give either `year:` (one budget year) or `years:` (several), not both",
                                      "gi enten `year:` (ett budsjettår) eller `years:` (flere), ikke begge",
                                      "gi anten `year:` (eitt budsjettår) eller `years:` (fleire), ikkje begge"};
inline constexpr Phrase years_before_range{"years_before must be between 0 (1 January of the budget year) and 10, got {}",
                                           "years_before må være mellom 0 (1. januar i budsjettåret) og 10, fikk {}",
                                           "years_before må vere mellom 0 (1. januar i budsjettåret) og 10, fekk {}"};
inline constexpr Phrase population_file_pattern{
    "with several budget years, the population file names its year as {{year}}, like data/population_vestland_{{year}}.csv; "
    "got \"{}\"",
    "med flere budsjettår oppgir befolkningsfilen året sitt som {{year}}, som data/population_vestland_{{year}}.csv; "
    "fikk «{}»",
    "med fleire budsjettår gir befolkningsfila opp året sitt som {{year}}, som data/population_vestland_{{year}}.csv; "
    "fekk «{}»"};
inline constexpr Phrase no_population_data{"no population data for budget year {}: {} (1 January {}) does not exist",
                                           "ingen befolkningsdata for budsjettåret {}: {} (1. januar {}) finnes ikke",
                                           "ingen befolkningsdata for budsjettåret {}: {} (1. januar {}) finst ikkje"};
inline constexpr Phrase table_of_other_year{"{} holds 1 January {}, but budget year {} needs 1 January {}",
                                            "{} gjelder 1. januar {}, men budsjettåret {} trenger 1. januar {}",
                                            "{} gjeld 1. januar {}, men budsjettåret {} treng 1. januar {}"};
inline constexpr Phrase population_year_like{"population year must be a year like 2020, got {}",
                                             "befolkningsåret må være et årstall som 2020, fikk {}",
                                             "befolkningsåret må vere eit årstal som 2020, fekk {}"};
inline constexpr Phrase population_year_mismatch{"population year {} does not match {}, which holds 1 January {}",
                                                 "befolkningsåret {} stemmer ikke med {}, som gjelder 1. januar {}",
                                                 "befolkningsåret {} stemmer ikkje med {}, som gjeld 1. januar {}"};
inline constexpr Phrase population_after_budget_year{
    "the population table holds 1 January {}, after the budget year {}: a budget is shared by the population known when it "
    "is made, usually 1 January {} (the year before); give the table of that year or check `year:`",
    "befolkningstabellen gjelder 1. januar {}, etter budsjettåret {}: et budsjett fordeles etter folketallet som er kjent "
    "når det lages, vanligvis 1. januar {} (året før); bruk tabellen for det året eller sjekk `year:`",
    "befolkningstabellen gjeld 1. januar {}, etter budsjettåret {}: eit budsjett vert fordelt etter folketalet som er kjent "
    "når det vert laga, vanlegvis 1. januar {} (året før); bruk tabellen for det året eller sjekk `year:`"};
inline constexpr Phrase county_not_in_year_table{
    "county {} ({}) has no municipality in the population table for budget year {} ({}, 1 January {})",
    "fylke {} ({}) har ingen kommuner i befolkningstabellen for budsjettåret {} ({}, 1. januar {})",
    "fylke {} ({}) har ingen kommunar i befolkningstabellen for budsjettåret {} ({}, 1. januar {})"};
inline constexpr Phrase municipality_not_in_year_table{
    "municipality {} ({}) is not in the population table for budget year {} ({}, 1 January {}); its code changed in a "
    "municipal reform",
    "kommune {} ({}) finnes ikke i befolkningstabellen for budsjettåret {} ({}, 1. januar {}); koden ble endret i en "
    "kommunereform",
    "kommune {} ({}) finst ikkje i befolkningstabellen for budsjettåret {} ({}, 1. januar {}); koden vart endra i ei "
    "kommunereform"};

// Dated values and the index (years.cpp).
inline constexpr Phrase index_without_year{
    "index has no percentage for {}, which an amount stated in {} needs to reach {}",
    "index har ingen prosentsats for {}, som et beløp oppgitt i {} trenger for å nå {}",
    "index har ingen prosentsats for {}, som eit beløp oppgitt i {} treng for å nå {}"};
inline constexpr Phrase no_value_for_year{"{} has no value for {}: its first value is for {}",
                                          "{} har ingen verdi for {}: den første verdien er for {}",
                                          "{} har ingen verdi for {}: den første verdien er for {}"};
inline constexpr Phrase percentage_like{"{} must be a percentage a year like 2.7 %, got {}",
                                        "{} må være en prosentsats per år som 2.7 %, fikk {}",
                                        "{} må vere ein prosentsats per år som 2.7 %, fekk {}"};
inline constexpr Phrase below_minus_100{
    "{} must not be below -100 % (nothing can fall by more than all of it), got {} %",
    "{} kan ikke være under -100 % (ingenting kan falle med mer enn hele seg selv), fikk {} %",
    "{} kan ikkje vere under -100 % (ingenting kan falle med meir enn heile seg sjølv), fekk {} %"};

// Parameters (parameters_yaml.cpp).
inline constexpr Phrase parameters_not_mapping{"parameters must be a mapping from parameter names to values",
                                               "parameters må bestå av parameternavn med verdier",
                                               "parameters må bestå av parameternamn med verdiar"};
inline constexpr Phrase unknown_parameter{"unknown parameter `{}`", "ukjent parameter `{}`", "ukjend parameter `{}`"};
inline constexpr Phrase known_parameters{" (known: {})", " (kjente: {})", " (kjende: {})"};
inline constexpr Phrase parameter_twice{"parameter `{}` appears twice (first on line {})",
                                        "parameteren `{}` står to ganger (første gang på linje {})",
                                        "parameteren `{}` står to gonger (første gong på linje {})"};
inline constexpr Phrase only_limits_can_be_none{"only cap and floor can be `none`; {} needs a value or `solve`",
                                                "bare cap og floor kan være `none`; {} trenger en verdi eller `solve`",
                                                "berre cap og floor kan vere `none`; {} treng ein verdi eller `solve`"};
inline constexpr Phrase unit_must_be{"unit of {} must be \"{}\", got \"{}\"", "enheten for {} må være «{}», fikk «{}»",
                                     "eininga for {} må vere «{}», fekk «{}»"};
inline constexpr Phrase parameter_needs_unit{"parameter {} needs `unit: {}`", "parameteren {} trenger `unit: {}`",
                                             "parameteren {} treng `unit: {}`"};
inline constexpr Phrase parameter_needs_source{"parameter {} needs a `source:` (the council paper it comes from)",
                                               "parameteren {} trenger en `source:` (saksframlegget den kommer fra)",
                                               "parameteren {} treng ein `source:` (saksframlegget han kjem frå)"};
inline constexpr Phrase parameter_needs_all{
    "parameter {} needs value, unit and source, like\n  {}:\n    value: …\n    unit: {}\n    source: …",
    "parameteren {} trenger value, unit og source, slik:\n  {}:\n    value: …\n    unit: {}\n    source: …",
    "parameteren {} treng value, unit og source, slik:\n  {}:\n    value: …\n    unit: {}\n    source: …"};

// Models and rules (model_yaml.cpp).
inline constexpr Phrase unknown_rule{"unknown rule \"{}\" (known rules: {})", "ukjent regel «{}» (kjente regler: {})",
                                     "ukjend regel «{}» (kjende reglar: {})"};
inline constexpr Phrase unknown_shortfall_rule{
    "unknown shortfall rule \"{}\" (known: proportional, constrained_equal_awards, constrained_equal_losses, talmud)",
    "ukjent underskuddsregel «{}» (kjente: proportional, constrained_equal_awards, constrained_equal_losses, talmud)",
    "ukjend underskotsregel «{}» (kjende: proportional, constrained_equal_awards, constrained_equal_losses, talmud)"};
inline constexpr Phrase sponsor_only_fund{"sponsor is only used by the matched_fund rule", "sponsor brukes bare av regelen matched_fund",
                                          "sponsor vert berre brukt av regelen matched_fund"};
inline constexpr Phrase bands_only_rule{"bands are only used by the population_bands rule",
                                        "bands brukes bare av regelen population_bands",
                                        "bands vert berre brukt av regelen population_bands"};
inline constexpr Phrase rule_needs_bands{"the population_bands rule needs `bands:`, a price for each population band",
                                         "regelen population_bands trenger `bands:`, en pris for hvert trinn i folketall",
                                         "regelen population_bands treng `bands:`, ein pris for kvart trinn i folketal"};

// Price bands by population (bands_yaml.cpp); a band described as from/below/both.
inline constexpr Phrase band_from{"from {}", "fra {}", "frå {}"};
inline constexpr Phrase band_below{"below {}", "under {}", "under {}"};
inline constexpr Phrase band_from_below{"from {} below {}", "fra {} under {}", "frå {} under {}"};
inline constexpr Phrase populations_from_up{"from {} up", "fra {} og oppover", "frå {} og oppover"};
inline constexpr Phrase populations_to{"{} to {}", "{} til {}", "{} til {}"};
inline constexpr Phrase inhabitants_not_negative{"{} must be a number of inhabitants, not negative, got {}",
                                                 "{} må være et antall innbyggere, ikke negativt, fikk {}",
                                                 "{} må vere eit tal på innbyggjarar, ikkje negativt, fekk {}"};
inline constexpr Phrase ambiguous_band_key{
    "`{}` does not say whether the border population is in the band; write `from: N` (N is in the band) and `below: M` (M "
    "is not)",
    "`{}` sier ikke om folketallet på grensen hører til trinnet; skriv `from: N` (N er med i trinnet) og `below: M` (M er "
    "ikke med)",
    "`{}` seier ikkje om folketalet på grensa høyrer til trinnet; skriv `from: N` (N er med i trinnet) og `below: M` (M er "
    "ikkje med)"};
inline constexpr Phrase band_needs_from{"every band after the first needs `from:` (the first population in the band)",
                                        "hvert trinn etter det første trenger `from:` (det første folketallet i trinnet)",
                                        "kvart trinn etter det første treng `from:` (det første folketalet i trinnet)"};
inline constexpr Phrase band_holds_nothing{"the band holds no population: below {} is not above from {}",
                                           "trinnet rommer ikke noe folketall: below {} er ikke over from {}",
                                           "trinnet rommar ikkje noko folketal: below {} er ikkje over from {}"};
inline constexpr Phrase bands_need_price{"bands need at least one price", "bands trenger minst én pris", "bands treng minst éin pris"};
inline constexpr Phrase bands_gap_at_zero{
    "the bands leave a gap: populations 0 to {} are in no band (the lowest band starts from {}; leave out `from:` there)",
    "trinnene har et hull: folketall fra 0 til {} er ikke i noe trinn (det laveste trinnet starter fra {}; ta bort `from:` "
    "der)",
    "trinna har eit hol: folketal frå 0 til {} er ikkje i noko trinn (det lågaste trinnet startar frå {}; ta bort `from:` "
    "der)"};
inline constexpr Phrase bands_overlap{
    "the bands overlap: populations {} are in this band ({}) and in the band on line {} ({})",
    "trinnene overlapper: folketall {} er i dette trinnet ({}) og i trinnet på linje {} ({})",
    "trinna overlappar: folketal {} er i dette trinnet ({}) og i trinnet på linje {} ({})"};
inline constexpr Phrase bands_gap{
    "the bands leave a gap: populations {} to {} are in no band (the band on line {} ends below {}, this one starts from {})",
    "trinnene har et hull: folketall fra {} til {} er ikke i noe trinn (trinnet på linje {} slutter under {}, dette starter "
    "fra {})",
    "trinna har eit hol: folketal frå {} til {} er ikkje i noko trinn (trinnet på linje {} sluttar under {}, dette startar "
    "frå {})"};
inline constexpr Phrase bands_gap_at_top{
    "the bands leave a gap: populations from {} up are in no band (leave out `below:` on the highest band)",
    "trinnene har et hull: folketall fra {} og oppover er ikke i noe trinn (ta bort `below:` på det høyeste trinnet)",
    "trinna har eit hol: folketal frå {} og oppover er ikkje i noko trinn (ta bort `below:` på det høgaste trinnet)"};

// Facts for calibrating (facts_yaml.cpp).
inline constexpr Phrase fact_total_and_member{"a fact is either a `total:` or what one `member:` `paid:`, not both",
                                              "et faktum er enten en `total:` eller det ett `member:` `paid:`, ikke begge",
                                              "eit faktum er anten ein `total:` eller det ein `member:` `paid:`, ikkje begge"};
inline constexpr Phrase paid_without_member{"`paid:` belongs to a fact about one `member:`",
                                            "`paid:` hører til et faktum om ett `member:`",
                                            "`paid:` høyrer til eit faktum om ein `member:`"};
inline constexpr Phrase fact_member_like{"member must be a municipality code like 4630 or a name like Osterøy",
                                         "member må være en kommunekode som 4630 eller et navn som Osterøy",
                                         "member må vere ein kommunekode som 4630 eller eit namn som Osterøy"};
inline constexpr Phrase fact_needs{"a fact needs `total:` (what all paid together) or `member:` and `paid:`",
                                   "et faktum trenger `total:` (det alle betalte til sammen) eller `member:` og `paid:`",
                                   "eit faktum treng `total:` (det alle betalte til saman) eller `member:` og `paid:`"};
inline constexpr Phrase second_total{"a second total (the first is on line {})", "enda en total (den første står på linje {})",
                                     "endå ein total (den første står på linje {})"};
inline constexpr Phrase second_fact{"a second fact about {} (the first is on line {})",
                                    "enda et faktum om {} (det første står på linje {})",
                                    "endå eit faktum om {} (det første står på linje {})"};

// Population files (population_csv.cpp) and municipality changes (municipality_changes.cpp).
inline constexpr Phrase csv_saved_as_unicode{"the file is saved as {} (\"Unicode\"); save it as CSV in UTF-8",
                                             "filen er lagret som {} («Unicode»); lagre den som CSV i UTF-8",
                                             "fila er lagra som {} («Unicode»); lagre ho som CSV i UTF-8"};
inline constexpr Phrase csv_zero_byte{
    "not a CSV text file: the line holds a zero byte (is it a spreadsheet or another binary file? save it as CSV)",
    "ikke en CSV-tekstfil: linjen inneholder en nullbyte (er det et regneark eller en annen binærfil? lagre den som CSV)",
    "ikkje ei CSV-tekstfil: linja inneheld ein nullbyte (er det eit rekneark eller ei anna binærfil? lagre ho som CSV)"};
inline constexpr Phrase csv_not_utf8{"the line is not UTF-8 text (is the file saved as Latin-1? save it as UTF-8)",
                                     "linjen er ikke UTF-8-tekst (er filen lagret som Latin-1? lagre den som UTF-8)",
                                     "linja er ikkje UTF-8-tekst (er fila lagra som Latin-1? lagre ho som UTF-8)"};
inline constexpr Phrase population_file_empty{"the population file is empty; expected a header line code,name,population",
                                              "befolkningsfilen er tom; ventet en overskriftslinje code,name,population",
                                              "befolkningsfila er tom; venta ei overskriftslinje code,name,population"};
inline constexpr Phrase not_population_table{
    "not a population table: the first line names none of the columns code, name, population; expected a header line "
    "code,name,population",
    "ikke en befolkningstabell: den første linjen har ingen av kolonnene code, name, population; ventet en overskriftslinje "
    "code,name,population",
    "ikkje ein befolkningstabell: den første linja har ingen av kolonnane code, name, population; venta ei overskriftslinje "
    "code,name,population"};
inline constexpr Phrase missing_column{"missing column `{}` (the header has: {}); expected code,name,population",
                                       "kolonnen `{}` mangler (overskriftslinjen har: {}); ventet code,name,population",
                                       "kolonnen `{}` manglar (overskriftslinja har: {}); venta code,name,population"};
inline constexpr Phrase field_count{"expected {} fields like the header, found {}", "ventet {} felt som overskriftslinjen, fant {}",
                                    "venta {} felt som overskriftslinja, fann {}"};
inline constexpr Phrase code_not_four_digits{"municipality code must be four digits, got \"{}\"",
                                             "kommunekoden må ha fire sifre, fikk «{}»", "kommunekoden må ha fire siffer, fekk «{}»"};
inline constexpr Phrase population_unbelievable{"population of {} is not believable: {} (at most 100 000 000)",
                                                "folketallet i {} er ikke troverdig: {} (høyst 100 000 000)",
                                                "folketalet i {} er ikkje truverdig: {} (høgst 100 000 000)"};
inline constexpr Phrase population_not_whole{"population of {} must be a whole number of inhabitants, got \"{}\"",
                                             "folketallet i {} må være et helt antall innbyggere, fikk «{}»",
                                             "folketalet i {} må vere eit heilt tal på innbyggjarar, fekk «{}»"};
inline constexpr Phrase population_negative{"population of {} must not be negative, got {}",
                                            "folketallet i {} kan ikke være negativt, fikk {}",
                                            "folketalet i {} kan ikkje vere negativt, fekk {}"};
inline constexpr Phrase csv_year_like{"year must be a year like 2020, got \"{}\"", "year må være et årstall som 2020, fikk «{}»",
                                      "year må vere eit årstal som 2020, fekk «{}»"};
inline constexpr Phrase csv_year_differs{"year {} differs from the year {} on the lines above; one table holds one year",
                                         "året {} er et annet enn året {} på linjene over; én tabell gjelder ett år",
                                         "året {} er eit anna enn året {} på linjene over; éin tabell gjeld eitt år"};
inline constexpr Phrase municipality_twice{"municipality {} appears twice (first on line {})",
                                           "kommune {} står to ganger (første gang på linje {})",
                                           "kommune {} står to gonger (første gong på linje {})"};
inline constexpr Phrase no_municipalities{"the population file has a header but no municipalities",
                                          "befolkningsfilen har en overskriftslinje, men ingen kommuner",
                                          "befolkningsfila har ei overskriftslinje, men ingen kommunar"};
inline constexpr Phrase changes_header{"expected the header from_code,from_name,to_code,to_name,from_date,kind",
                                       "ventet overskriftslinjen from_code,from_name,to_code,to_name,from_date,kind",
                                       "venta overskriftslinja from_code,from_name,to_code,to_name,from_date,kind"};
inline constexpr Phrase from_date_like{"from_date must be a 1 January like 2020-01-01, got \"{}\"",
                                       "from_date må være en 1. januar som 2020-01-01, fikk «{}»",
                                       "from_date må vere ein 1. januar som 2020-01-01, fekk «{}»"};
inline constexpr Phrase change_kind_like{"kind must be renumber, merge or split, got \"{}\"",
                                         "kind må være renumber, merge eller split, fikk «{}»",
                                         "kind må vere renumber, merge eller split, fekk «{}»"};

}  // namespace phrase

}  // namespace spleis

/*
 * spleis.h: the C API of spleis (libspleis).
 *
 * spleis shares the cost of a joint project between municipalities: it reads a scenario
 * (YAML), solves the one unknown parameter so the budget balances to the øre, and says who
 * pays what. This header is plain C99 and the only header a program needs to link libspleis.
 *
 * Conventions, the same for every function:
 *
 *  - Every function that can fail returns an int status: SPLEIS_OK (0) or one of the codes of
 *    enum spleis_status. spleis_error_string() names a code; spleis_context_error() gives the
 *    full message of the last call made through a context or anything created from it.
 *  - No exception, abort() or exit() ever leaves the library, whatever the input.
 *  - Handles are opaque. The caller owns every handle it receives through a `**` output
 *    parameter and releases it with the matching *_free() function, which accepts NULL.
 *  - Strings in and out are UTF-8. Strings out are copied into the caller's buffer the way
 *    snprintf() does: `size` is the buffer's size in bytes; at most size - 1 bytes and a
 *    terminating NUL are written (the text is cut at a character boundary, never inside an
 *    UTF-8 sequence); the full length, without the NUL, is stored in `*length` when `length`
 *    is not NULL. A buffer too small gets the cut text and SPLEIS_E_BUFFER_TOO_SMALL. With
 *    size 0 the buffer may be NULL and nothing is written: a way to ask for the length.
 *  - Threads: there is no global mutable state. A context, and the scenarios and results
 *    created from it, may be used by one thread at a time; separate contexts may be used from
 *    separate threads at the same time. The functions without a handle may be called from
 *    any thread at any time.
 *  - Amounts are in Norwegian kroner as double, or in øre (1/100 krone) as int64_t where
 *    exactness matters. Indexes count from 0.
 */
#ifndef SPLEIS_H
#define SPLEIS_H

#include <stddef.h>
#include <stdint.h>

/* SPLEIS_API marks what libspleis exports; define SPLEIS_STATIC when linking a static build. */
#if defined(_WIN32) || defined(__CYGWIN__)
#  if defined(SPLEIS_STATIC)
#    define SPLEIS_API
#  elif defined(SPLEIS_BUILDING_LIBRARY)
#    define SPLEIS_API __declspec(dllexport)
#  else
#    define SPLEIS_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define SPLEIS_API __attribute__((visibility("default")))
#else
#  define SPLEIS_API
#endif

/* The calling convention of every function: __stdcall on 32-bit Windows, which is what VBA's
 * Declare statement calls (and what ctypes.WinDLL expects there); the platform's default
 * everywhere else, including 64-bit Windows, which has one convention only. */
#if defined(_WIN32) && !defined(_WIN64)
#  define SPLEIS_CALL __stdcall
#else
#  define SPLEIS_CALL
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------------
 * Status codes. The hundreds say who has to act:
 *   0        success
 *   100-199  the call itself is wrong: a bad argument, or a call out of order (fix the caller)
 *   200-299  the scenario, model or population file or text is wrong (fix the input)
 *   300-399  the input is well-formed, but no allocation can meet it (change the numbers)
 *   900-999  a fault inside spleis (please report it)
 * Codes may be added within these ranges; test a code's range, not only its value.
 * --------------------------------------------------------------------------------------- */
typedef enum spleis_status {
    SPLEIS_OK = 0,

    SPLEIS_E_NULL_ARGUMENT = 100,      /* a pointer that must not be NULL is NULL */
    SPLEIS_E_BAD_COUNT = 101,          /* a count of items is zero or negative */
    SPLEIS_E_BAD_NUMBER = 102,         /* a number is NaN, infinite, negative, fractional or too large */
    SPLEIS_E_BUFFER_TOO_SMALL = 103,   /* the text was cut to fit the caller's buffer */
    SPLEIS_E_INDEX_OUT_OF_RANGE = 104, /* a member index outside 0 .. count - 1 */
    SPLEIS_E_NOT_LOADED = 105,         /* the scenario has not been loaded (or its load failed) */
    SPLEIS_E_NO_SUCH_PARAMETER = 106,  /* no parameter of that name, or not set in this scenario */
    SPLEIS_E_NO_SUCH_MEMBER = 107,     /* no member with that code or name */
    SPLEIS_E_NOTHING_SOLVED = 108,     /* the scenario has no unknown parameter */
    SPLEIS_E_NO_SUCH_FUNDING = 109,    /* no external funding of that name */
    SPLEIS_E_NO_SUCH_OPTION = 110,     /* no option of that name or index */
    SPLEIS_E_TOO_LARGE = 111,          /* a sweep of more points than SPLEIS_SWEEP_MAX_POINTS (or amounts) */
    SPLEIS_E_NO_SUCH_LANGUAGE = 112,   /* a language other than "en", "nb" or "nn" */

    SPLEIS_E_INPUT = 200,              /* a file or text is missing, malformed or inconsistent */

    SPLEIS_E_INFEASIBLE = 300,         /* no value of the unknown can meet the budget */

    SPLEIS_E_INTERNAL = 900,           /* a bug in spleis; the message says what went wrong */
    SPLEIS_E_OUT_OF_MEMORY = 901       /* memory ran out */
} spleis_status;

/* Which limit decided a member's amount (spleis_result_member_limit). */
typedef enum spleis_limit {
    SPLEIS_LIMIT_NONE = 0,        /* the rule's amount, rounded */
    SPLEIS_LIMIT_CAP = 1,         /* held down to the cap; the others carry the rest */
    SPLEIS_LIMIT_FLOOR = 2,       /* raised to the floor */
    SPLEIS_LIMIT_SELF_FUNDED = 3  /* covers a fixed amount itself, outside the split */
} spleis_limit;

/* A context keeps the message of the last call made through it. One per thread of use. */
typedef struct spleis_context spleis_context;
/* A scenario: a financing model applied to a group of members, loaded from YAML. */
typedef struct spleis_scenario spleis_scenario;
/* A solved scenario: who pays what. It does not change when its scenario changes later. */
typedef struct spleis_result spleis_result;
/* A scenario's baseline and options solved side by side, as `spleis compare` shows them. */
typedef struct spleis_comparison spleis_comparison;
/* A scenario solved at each value of one parameter (or the budget), as `spleis sweep` does. */
typedef struct spleis_sweep spleis_sweep;

/* The largest sweep spleis_scenario_sweep() makes: at most this many values, and at most
 * SPLEIS_SWEEP_MAX_AMOUNTS amounts kept (values times members: 80 MB). */
#define SPLEIS_SWEEP_MAX_POINTS 100000
#define SPLEIS_SWEEP_MAX_AMOUNTS 10000000

/* ---------------------------------------------------------------------------------------
 * The library
 * --------------------------------------------------------------------------------------- */

/* The version of libspleis, like "0.1.0". A static string: do not free it. */
SPLEIS_API const char* SPLEIS_CALL spleis_version(void);

/* What a status code means, in one line of English, like "a pointer argument is NULL".
 * A static string for any int, known or not: do not free it. */
SPLEIS_API const char* SPLEIS_CALL spleis_error_string(int status);

/* ---------------------------------------------------------------------------------------
 * Contexts
 * --------------------------------------------------------------------------------------- */

/* Creates a context and stores it in *context (NULL on failure). The caller owns it and
 * releases it with spleis_context_free().
 * Returns SPLEIS_OK, SPLEIS_E_NULL_ARGUMENT or SPLEIS_E_OUT_OF_MEMORY. */
SPLEIS_API int SPLEIS_CALL spleis_context_new(spleis_context** context);

/* Releases a context. NULL is allowed and does nothing. Scenarios and results created from
 * it stay valid and must still be freed; their messages are then no longer kept anywhere. */
SPLEIS_API void SPLEIS_CALL spleis_context_free(spleis_context* context);

/* The message of the last call made through this context or a scenario or result created
 * from it: "" when that call succeeded. Messages about files name the file, line and column
 * ("scenarios/x.yaml:14:9: cap must be ..."). The context owns the text; it stays valid until
 * the next call through the context or until the context is freed. Never NULL ("" for a NULL
 * context). Not copied into a buffer, so reading it cannot itself fail. */
SPLEIS_API const char* SPLEIS_CALL spleis_context_error(const spleis_context* context);

/* The language of the messages of calls made through this context and what was created from
 * it, from now on: "en" (English, the default), "nb" (bokmål) or "nn" (nynorsk), as
 * `spleis --lang` (function added in ABI 1.2). Names of parameters and fields stay as written
 * in scenario files ("cap", "base_amount"). Returns SPLEIS_OK, SPLEIS_E_NULL_ARGUMENT or
 * SPLEIS_E_NO_SUCH_LANGUAGE. */
SPLEIS_API int SPLEIS_CALL spleis_context_set_language(spleis_context* context, const char* language);

/* ---------------------------------------------------------------------------------------
 * Scenarios
 * --------------------------------------------------------------------------------------- */

/* Creates an empty scenario that reports to `context`, and stores it in *scenario (NULL on
 * failure). The caller owns it and releases it with spleis_scenario_free(). Load it with
 * spleis_scenario_load_file() or spleis_scenario_load_yaml() before solving it.
 * Returns SPLEIS_OK, SPLEIS_E_NULL_ARGUMENT or SPLEIS_E_OUT_OF_MEMORY. */
SPLEIS_API int SPLEIS_CALL spleis_scenario_new(spleis_context* context, spleis_scenario** scenario);

/* Releases a scenario. NULL is allowed and does nothing. */
SPLEIS_API void SPLEIS_CALL spleis_scenario_free(spleis_scenario* scenario);

/* Reads a scenario file, with its model and population files (paths inside it are relative
 * to the scenario file), replacing whatever the scenario held. On failure the scenario is
 * left empty, so a later spleis_solve() gives SPLEIS_E_NOT_LOADED.
 * Returns SPLEIS_OK, SPLEIS_E_NULL_ARGUMENT or SPLEIS_E_INPUT (missing file, malformed YAML,
 * unknown key, bad value; the message gives file:line:column). */
SPLEIS_API int SPLEIS_CALL spleis_scenario_load_file(spleis_scenario* scenario, const char* path);

/* Reads a scenario from YAML text, as spleis_scenario_load_file() does a file. Model and
 * population files named in the text are relative to `base_dir`; NULL or "" means the
 * current directory. Because the text may come from anywhere, it may name only files inside
 * `base_dir` (by a relative path that does not leave it with `..`), and only model files
 * (.yaml, .yml) and population tables (.csv); any other path is refused with SPLEIS_E_INPUT
 * without the file being opened. To read a scenario whose files lie elsewhere (the shipped
 * scenarios name ../models/), use spleis_scenario_load_file(). Messages name the text
 * "(scenario text)". Returns as load_file. */
SPLEIS_API int SPLEIS_CALL spleis_scenario_load_yaml(spleis_scenario* scenario, const char* yaml,
                                                     const char* base_dir);

/* Sets a parameter of the scenario's model to a value, as a `parameters:` override in the
 * scenario file would: `name` is its key ("base_amount", "cap", ...), `value` in its unit
 * (kroner, kroner per inhabitant, or a share; kroner in whole øre, as a scenario file holds
 * them, and checked by the same rules with the same messages as a scenario file's values and a
 * what-if's on the page). A parameter
 * the model solved for becomes fixed, so the scenario then needs another unknown: choose it
 * with spleis_scenario_solve_for(). A cap of 0 is a cap of 0 kr, as in a scenario file (since
 * ABI 1.2; before, 0 or +infinity removed it): remove a cap or floor with
 * spleis_scenario_remove_parameter(), as `cap: none` does.
 * "budget" sets the budget, as spleis_scenario_set_budget() does.
 * Returns SPLEIS_OK, SPLEIS_E_NULL_ARGUMENT, SPLEIS_E_NOT_LOADED, SPLEIS_E_NO_SUCH_PARAMETER
 * (unknown name) or SPLEIS_E_BAD_NUMBER (NaN, infinite, negative, above 10^12, or a fraction
 * of an øre). Whether
 * the rule uses the parameter is checked by spleis_solve(). */
SPLEIS_API int SPLEIS_CALL spleis_scenario_set_parameter(spleis_scenario* scenario, const char* name,
                                                         double value);

/* Sets the population of one member, given by its municipality code ("4630") or name
 * ("Osterøy", matched as spleis_result_find_member() does).
 * `population` must be a whole number from 0 to 100 000 000.
 * Returns SPLEIS_OK, SPLEIS_E_NULL_ARGUMENT, SPLEIS_E_NOT_LOADED, SPLEIS_E_NO_SUCH_MEMBER or
 * SPLEIS_E_BAD_NUMBER (NaN, infinite, negative, fractional or too large). */
SPLEIS_API int SPLEIS_CALL spleis_scenario_set_population(spleis_scenario* scenario, const char* member,
                                                          double population);

/* What a scenario file's `budget:`, `external_funding:`, `self_funded:` and `rounding:` say,
 * changed from a program (functions added in ABI 1.1). Amounts are kroner in whole øre
 * (a fraction of an øre is refused, not rounded), from 0 to 10^12; each returns SPLEIS_OK, SPLEIS_E_NULL_ARGUMENT, SPLEIS_E_NOT_LOADED,
 * SPLEIS_E_BAD_NUMBER, or the code named with the function. Whether the numbers fit together
 * (funding above the budget, say) is checked by spleis_solve(). */

/* Sets the budget: what the members, the self-funded ones and the external funding pay
 * together, and what the unknown parameter is solved to meet. */
SPLEIS_API int SPLEIS_CALL spleis_scenario_set_budget(spleis_scenario* scenario, double budget);

/* Sets the external funding called `name` ("Iris-fondet") to `amount`, adding it when the
 * scenario has none of that name. It is deducted from the budget before the split. */
SPLEIS_API int SPLEIS_CALL spleis_scenario_set_funding(spleis_scenario* scenario, const char* name, double amount);

/* Removes the external funding called `name`. SPLEIS_E_NO_SUCH_FUNDING when there is none
 * (the message lists the names there are). */
SPLEIS_API int SPLEIS_CALL spleis_scenario_remove_funding(spleis_scenario* scenario, const char* name);

/* Makes a member (code or name) cover `amount` itself, outside the split, as Bergen covers
 * 9.1 MNOK in Digi Vestland; replaces the amount when it already does. SPLEIS_E_NO_SUCH_MEMBER
 * for a member not in the scenario. */
SPLEIS_API int SPLEIS_CALL spleis_scenario_set_self_funded(spleis_scenario* scenario, const char* member,
                                                           double amount);

/* Puts a self-funded member (code or name) back into the split; a member that is not
 * self-funded is left as it is. SPLEIS_E_NO_SUCH_MEMBER for a member not in the scenario. */
SPLEIS_API int SPLEIS_CALL spleis_scenario_remove_self_funded(spleis_scenario* scenario, const char* member);

/* Makes parameter `name` the unknown that spleis_solve() finds so the budget balances. The
 * parameter that was the unknown so far is then no longer set at all: give it a value with
 * spleis_scenario_set_parameter() (before or after this call) when the rule needs it.
 * SPLEIS_E_NO_SUCH_PARAMETER for an unknown name; whether the rule can solve for it is
 * checked by spleis_solve(). */
SPLEIS_API int SPLEIS_CALL spleis_scenario_solve_for(spleis_scenario* scenario, const char* name);

/* Removes a parameter from the scenario, as `cap: none` under `parameters:` does: "cap" for
 * no cap, "floor" for no floor, "budget" for no budget (the rule's amounts then stand).
 * SPLEIS_E_NO_SUCH_PARAMETER for an unknown name. */
SPLEIS_API int SPLEIS_CALL spleis_scenario_remove_parameter(spleis_scenario* scenario, const char* name);

/* Rounds the amounts to whole units of `unit` kroner: 0.01 (øre), 1, 100 or 1000. Anything
 * else is SPLEIS_E_BAD_NUMBER. */
SPLEIS_API int SPLEIS_CALL spleis_scenario_set_rounding(spleis_scenario* scenario, double unit);

/* Solves the scenario: finds the unknown parameter so the budget balances to the øre, applies
 * caps and floors and rounds. Stores a new result in *result (NULL on failure); the caller
 * owns it and releases it with spleis_result_free(). The result reports to the scenario's
 * context. Returns SPLEIS_OK, SPLEIS_E_NULL_ARGUMENT, SPLEIS_E_NOT_LOADED, SPLEIS_E_INPUT
 * (the scenario is inconsistent, e.g. two unknowns), SPLEIS_E_INFEASIBLE (the message gives
 * the numbers), SPLEIS_E_INTERNAL or SPLEIS_E_OUT_OF_MEMORY. */
SPLEIS_API int SPLEIS_CALL spleis_solve(const spleis_scenario* scenario, spleis_result** result);

/* ---------------------------------------------------------------------------------------
 * Results. Every accessor returns SPLEIS_E_NULL_ARGUMENT when `result` or an output pointer
 * is NULL, and SPLEIS_E_INDEX_OUT_OF_RANGE for an index outside 0 .. count - 1. Output
 * parameters are written only on success (text: see the buffer convention above).
 * --------------------------------------------------------------------------------------- */

/* Releases a result. NULL is allowed and does nothing. */
SPLEIS_API void SPLEIS_CALL spleis_result_free(spleis_result* result);

/* The parameter the engine solved for: its key ("per_inhabitant") into `name` and its value
 * into *value (either output may be NULL when not wanted; a NULL `name` needs size 0).
 * Returns SPLEIS_OK, SPLEIS_E_NULL_ARGUMENT, SPLEIS_E_BUFFER_TOO_SMALL, or
 * SPLEIS_E_NOTHING_SOLVED when the scenario had no unknown (the rule's amounts stood). */
SPLEIS_API int SPLEIS_CALL spleis_result_solved_parameter(const spleis_result* result, char* name, size_t size,
                                                          size_t* length, double* value);

/* The value of any parameter as the result used it, the solved one included, in its unit.
 * Returns SPLEIS_OK, SPLEIS_E_NULL_ARGUMENT, or SPLEIS_E_NO_SUCH_PARAMETER when the name is
 * unknown or the scenario does not set it (a scenario without a cap has no "cap"). */
SPLEIS_API int SPLEIS_CALL spleis_result_parameter(const spleis_result* result, const char* name, double* value);

/* The number of members, self-funded ones included, into *count. */
SPLEIS_API int SPLEIS_CALL spleis_result_member_count(const spleis_result* result, int* count);

/* The index of the member with this municipality code ("4630") or name into *index. Names
 * match in any case, Norwegian and Sami letters included ("OSTERØY", "kárášjohka"), and each
 * form of a name given in several languages matches alone ("Karasjok" finds
 * "Kárášjohka - Karasjok"). Returns SPLEIS_OK, SPLEIS_E_NULL_ARGUMENT or
 * SPLEIS_E_NO_SUCH_MEMBER. */
SPLEIS_API int SPLEIS_CALL spleis_result_find_member(const spleis_result* result, const char* code_or_name,
                                                     int* index);

/* Member `index`'s municipality code ("4630"), members being in code order. Text out. */
SPLEIS_API int SPLEIS_CALL spleis_result_member_code(const spleis_result* result, int index, char* code,
                                                     size_t size, size_t* length);

/* Member `index`'s name ("Osterøy"). Text out. */
SPLEIS_API int SPLEIS_CALL spleis_result_member_name(const spleis_result* result, int index, char* name,
                                                     size_t size, size_t* length);

/* Member `index`'s population, as the scenario used it, into *population. */
SPLEIS_API int SPLEIS_CALL spleis_result_member_population(const spleis_result* result, int index,
                                                           int64_t* population);

/* What member `index` pays, in øre (exact), into *amount_ore. */
SPLEIS_API int SPLEIS_CALL spleis_result_member_amount_ore(const spleis_result* result, int index,
                                                           int64_t* amount_ore);

/* What member `index` pays, in kroner, into *amount (the double nearest the øre amount). */
SPLEIS_API int SPLEIS_CALL spleis_result_member_amount(const spleis_result* result, int index, double* amount);

/* Which limit decided member `index`'s amount: a value of enum spleis_limit into *limit. */
SPLEIS_API int SPLEIS_CALL spleis_result_member_limit(const spleis_result* result, int index, int* limit);

/* What the members pay together plus external funding, in øre, into *total_ore. It equals
 * the budget to the øre when the scenario has one. */
SPLEIS_API int SPLEIS_CALL spleis_result_total_ore(const spleis_result* result, int64_t* total_ore);

/* How member `index`'s amount came about, step by step, for people (several lines of English,
 * as `spleis explain` prints it). Text out. */
SPLEIS_API int SPLEIS_CALL spleis_result_explain_text(const spleis_result* result, int index, char* text,
                                                      size_t size, size_t* length);

/* The same steps as one JSON object (as in `spleis run --trace`). Text out. */
SPLEIS_API int SPLEIS_CALL spleis_result_explain_json(const spleis_result* result, int index, char* json,
                                                      size_t size, size_t* length);

/* ---------------------------------------------------------------------------------------
 * Options (ABI 1.2): a scenario file's `options:`, the alternatives `spleis compare` puts
 * beside the scenario's own model (the baseline). Options are numbered as compare letters
 * them: option 0 (A) is the baseline, option 1 (B) the first under `options:`, and so on; a
 * scenario without options has the baseline alone. An option is found by its name, or by its
 * letter in either case ("B", "b"); the baseline also by "A" or its name (`baseline:`).
 *
 * An option is the baseline with the changes the file lists (another rule or parameters, who
 * joins or leaves, the budget, funding, self-funded amounts). The changes made through
 * spleis_scenario_set_budget(), _set_funding(), _set_self_funded(), _set_population() and
 * _set_rounding() hold under every option that does not change the same thing itself; a
 * parameter set with spleis_scenario_set_parameter() or _solve_for() changes the baseline's
 * model only (each option has its model, complete, from the file).
 * --------------------------------------------------------------------------------------- */

/* The number of options, the baseline included (so at least 1), into *count.
 * Returns SPLEIS_OK, SPLEIS_E_NULL_ARGUMENT or SPLEIS_E_NOT_LOADED. */
SPLEIS_API int SPLEIS_CALL spleis_scenario_option_count(const spleis_scenario* scenario, int* count);

/* Option `index`'s name ("Kinn and Stad stay out"; for 0 the baseline's). Text out.
 * SPLEIS_E_INDEX_OUT_OF_RANGE for an index outside 0 .. count - 1. */
SPLEIS_API int SPLEIS_CALL spleis_scenario_option_name(const spleis_scenario* scenario, int index, char* name,
                                                       size_t size, size_t* length);

/* Solves the scenario under one option, as `spleis compare` does for its column and
 * `spleis explain --option` for one member: stores a new result in *result (NULL on
 * failure), as spleis_solve() does. Returns as spleis_solve(), and SPLEIS_E_NO_SUCH_OPTION
 * for a name that is no option (the message lists the options with their letters); errors
 * of the option's own changes (a member leaving that is not one) are SPLEIS_E_INPUT and name
 * the option. */
SPLEIS_API int SPLEIS_CALL spleis_scenario_solve_option(const spleis_scenario* scenario, const char* option,
                                                        spleis_result** result);

/* Makes the option the scenario: its model, members, budget and funding replace the
 * baseline's, and the scenario then has no other options (its baseline is named after the
 * option). A way to sweep an option, or to change it further with the setters. The baseline
 * ("A") leaves the scenario as it is but drops its options. Returns SPLEIS_OK,
 * SPLEIS_E_NULL_ARGUMENT, SPLEIS_E_NOT_LOADED, SPLEIS_E_NO_SUCH_OPTION or SPLEIS_E_INPUT
 * (the option's changes do not fit; the scenario is then unchanged). */
SPLEIS_API int SPLEIS_CALL spleis_scenario_apply_option(spleis_scenario* scenario, const char* option);

/* ---------------------------------------------------------------------------------------
 * Comparisons (ABI 1.2): the baseline and every option solved, members side by side, as
 * `spleis compare` prints them. Options are numbered as above (0 is the baseline). Members
 * are every municipality that is a member under some option, in code order; under an option
 * where it is not a member it pays nothing and has no difference (never "0 kr").
 * Accessors return SPLEIS_E_NULL_ARGUMENT for a NULL handle or output and
 * SPLEIS_E_INDEX_OUT_OF_RANGE for an option or member index outside its range.
 * --------------------------------------------------------------------------------------- */

/* Solves the baseline and each option and stores the comparison in *comparison (NULL on
 * failure); the caller owns it and releases it with spleis_comparison_free(). It reports to
 * the scenario's context and does not change when the scenario changes later. Returns as
 * spleis_solve(): an option that cannot be solved fails the whole comparison, and the
 * message names it. */
SPLEIS_API int SPLEIS_CALL spleis_compare(const spleis_scenario* scenario, spleis_comparison** comparison);

/* Releases a comparison. NULL is allowed and does nothing. */
SPLEIS_API void SPLEIS_CALL spleis_comparison_free(spleis_comparison* comparison);

/* The number of options, the baseline included, into *count. */
SPLEIS_API int SPLEIS_CALL spleis_comparison_option_count(const spleis_comparison* comparison, int* count);

/* Option `option`'s name. Text out. */
SPLEIS_API int SPLEIS_CALL spleis_comparison_option_name(const spleis_comparison* comparison, int option, char* name,
                                                         size_t size, size_t* length);

/* What the members pay together under option `option` (self-funded ones included, external
 * funding not), in øre, into *total_ore: the members_total of `spleis compare --summary`. */
SPLEIS_API int SPLEIS_CALL spleis_comparison_members_total_ore(const spleis_comparison* comparison, int option,
                                                               int64_t* total_ore);

/* Option `option` as a result of its own (a copy: the solved parameter, every member's
 * amount, limit and explanation), as spleis_scenario_solve_option() would give it. Stores it
 * in *result (NULL on failure); the caller releases it with spleis_result_free(). */
SPLEIS_API int SPLEIS_CALL spleis_comparison_option_result(const spleis_comparison* comparison, int option,
                                                           spleis_result** result);

/* Whether every option has exactly the same members: 1 or 0 into *same. */
SPLEIS_API int SPLEIS_CALL spleis_comparison_same_members(const spleis_comparison* comparison, int* same);

/* The number of members over all options into *count. */
SPLEIS_API int SPLEIS_CALL spleis_comparison_member_count(const spleis_comparison* comparison, int* count);

/* The index of the member with this code or name (matched as spleis_result_find_member()
 * does) into *index. SPLEIS_E_NO_SUCH_MEMBER when no option has it. */
SPLEIS_API int SPLEIS_CALL spleis_comparison_find_member(const spleis_comparison* comparison, const char* code_or_name,
                                                         int* index);

/* Member `member`'s municipality code. Text out. */
SPLEIS_API int SPLEIS_CALL spleis_comparison_member_code(const spleis_comparison* comparison, int member, char* code,
                                                         size_t size, size_t* length);

/* Member `member`'s name. Text out. */
SPLEIS_API int SPLEIS_CALL spleis_comparison_member_name(const spleis_comparison* comparison, int member, char* name,
                                                         size_t size, size_t* length);

/* What member `member` pays under option `option`, in øre, into *amount_ore, and into
 * *is_member 1, or 0 when it is not a member under that option (*amount_ore is then 0). */
SPLEIS_API int SPLEIS_CALL spleis_comparison_member_amount_ore(const spleis_comparison* comparison, int option,
                                                               int member, int* is_member, int64_t* amount_ore);

/* What member `member` pays under option `option` minus what it pays under the baseline, in
 * øre, into *difference_ore, and into *has_difference 1, or 0 when it is not a member under
 * one of the two (*difference_ore is then 0): the `difference` column of compare's CSV. */
SPLEIS_API int SPLEIS_CALL spleis_comparison_member_difference_ore(const spleis_comparison* comparison, int option,
                                                                   int member, int* has_difference,
                                                                   int64_t* difference_ore);

/* ---------------------------------------------------------------------------------------
 * Sweeps (ABI 1.2): the scenario solved at each value of one parameter, or of the budget, as
 * `spleis sweep -p NAME=FROM..TO:STEP` does; the unknown is solved at every value. A value
 * where the budget cannot be met is a point that is not feasible, not a failure. Accessors
 * return SPLEIS_E_NULL_ARGUMENT for a NULL handle or output (except where an output is said
 * to be optional) and SPLEIS_E_INDEX_OUT_OF_RANGE for a point or member index out of range.
 * --------------------------------------------------------------------------------------- */

/* Solves the scenario at `from`, `from + step`, ... up to and including `to`, for parameter
 * `name` ("base_amount", "cap", ...) or "budget", and stores the sweep in *sweep (NULL on
 * failure); the caller owns it and releases it with spleis_sweep_free(). The grid solves on
 * all cores; the figures do not depend on it. Returns SPLEIS_OK, SPLEIS_E_NULL_ARGUMENT,
 * SPLEIS_E_NOT_LOADED, SPLEIS_E_NO_SUCH_PARAMETER, SPLEIS_E_BAD_NUMBER (a NaN, infinite or
 * negative value, a step not above 0, `to` below `from`), SPLEIS_E_TOO_LARGE (more than
 * SPLEIS_SWEEP_MAX_POINTS values, or values times members above SPLEIS_SWEEP_MAX_AMOUNTS:
 * the message says how many), SPLEIS_E_INPUT (a parameter that cannot be swept: the unknown
 * itself, say), SPLEIS_E_INTERNAL or SPLEIS_E_OUT_OF_MEMORY. */
SPLEIS_API int SPLEIS_CALL spleis_scenario_sweep(const spleis_scenario* scenario, const char* name, double from,
                                                 double to, double step, spleis_sweep** sweep);

/* Releases a sweep. NULL is allowed and does nothing. */
SPLEIS_API void SPLEIS_CALL spleis_sweep_free(spleis_sweep* sweep);

/* The number of points (values swept) into *count. */
SPLEIS_API int SPLEIS_CALL spleis_sweep_point_count(const spleis_sweep* sweep, int* count);

/* The parameter solved at each point ("per_inhabitant") into `name`: text out.
 * SPLEIS_E_NOTHING_SOLVED when the scenario has no unknown. */
SPLEIS_API int SPLEIS_CALL spleis_sweep_solved_parameter(const spleis_sweep* sweep, char* name, size_t size,
                                                         size_t* length);

/* Point `point`: the value swept into *value, 1 into *feasible when the budget was met there
 * (0 when not), the unknown's value into *solved, and what the members pay together (self-
 * funded ones included), in øre, into *members_total_ore: the columns of `spleis sweep
 * --summary`. At a point that is not feasible, *solved and *members_total_ore are 0. Each
 * output may be NULL when not wanted. */
SPLEIS_API int SPLEIS_CALL spleis_sweep_point(const spleis_sweep* sweep, int point, double* value, int* feasible,
                                              double* solved, int64_t* members_total_ore);

/* Why point `point` is not feasible ("the budget cannot be met", "cap below base amount");
 * "" at a feasible point. Text out. */
SPLEIS_API int SPLEIS_CALL spleis_sweep_point_problem(const spleis_sweep* sweep, int point, char* problem,
                                                      size_t size, size_t* length);

/* The number of members (self-funded ones included), the same at every point, into *count. */
SPLEIS_API int SPLEIS_CALL spleis_sweep_member_count(const spleis_sweep* sweep, int* count);

/* Member `member`'s municipality code, members being in code order. Text out. */
SPLEIS_API int SPLEIS_CALL spleis_sweep_member_code(const spleis_sweep* sweep, int member, char* code, size_t size,
                                                    size_t* length);

/* What member `member` pays at point `point`, in øre, into *amount_ore.
 * SPLEIS_E_INFEASIBLE at a point that is not feasible (the message says why). */
SPLEIS_API int SPLEIS_CALL spleis_sweep_member_amount_ore(const spleis_sweep* sweep, int point, int member,
                                                          int64_t* amount_ore);

/* ---------------------------------------------------------------------------------------
 * Spreadsheet entry points: no handles, arrays as pointer plus count, results in kroner
 * rounded to whole kroner by the largest-remainder method, so they add up to the budget
 * exactly. `populations` are whole numbers from 0 to 100 000 000; amounts[i] belongs to
 * populations[i]; ties in rounding go to the earlier entry. On failure nothing is written to
 * the outputs except `message`. `message` (may be NULL with message_size 0; NULL with another
 * size is SPLEIS_E_NULL_ARGUMENT) receives the error message, cut to fit, or "" on success.
 * --------------------------------------------------------------------------------------- */

/* Digi Vestland's rule: each pays base_amount + rate × population, at most `cap`, and the rate
 * is solved so the n amounts add up to `budget`. `cap` 0 (or +infinity) means no cap. The rate
 * (kroner per inhabitant) goes to *per_inhabitant unless it is NULL.
 * Returns SPLEIS_OK, SPLEIS_E_NULL_ARGUMENT, SPLEIS_E_BAD_COUNT (n <= 0), SPLEIS_E_BAD_NUMBER
 * (a NaN, infinite, negative or fractional population, a NaN or negative amount),
 * SPLEIS_E_INPUT (e.g. a budget in øre, or a cap below the base amount), SPLEIS_E_INFEASIBLE
 * (even everyone at the cap, or everyone paying only the base amount, misses the budget). */
SPLEIS_API int SPLEIS_CALL spleis_allocate_base_per_inhabitant(double budget, double base_amount, double cap,
                                                               const double* populations, int n, double* amounts,
                                                               double* per_inhabitant, char* message,
                                                               size_t message_size);

/* Any model, written like the files in models/ (name, rule, parameters with value, unit and source),
 * applied to n members with these populations. The parameter marked `solve` is solved so the
 * amounts add up to `budget`, and its value goes to *solved unless that is NULL. `budget` 0
 * means none: for a model without an unknown (the rule's amounts stand, *solved is left as
 * it was) and for a matched fund (its upper frame is the target). Messages about the model
 * name it "model:line:column". Returns as spleis_allocate_base_per_inhabitant, with
 * SPLEIS_E_INPUT for a model that is malformed or does not fit the budget. */
SPLEIS_API int SPLEIS_CALL spleis_allocate_model(const char* model_yaml, double budget, const double* populations,
                                                 int n, double* amounts, double* solved, char* message,
                                                 size_t message_size);

/* What a sheet of a real cooperation needs besides (added in ABI 1.1): amounts in øre and
 * other rounding units, external funding and self-funded members, the solved value back.
 *
 *  - `budget` is the whole budget in kroner, øre allowed: what the members, the self-funded
 *    ones and the external funding pay together (as `budget:` in a scenario). 0 means none,
 *    for a model without an unknown.
 *  - `funding` is the external funding in kroner (grants), deducted before the split; 0: none.
 *  - `self_funded` is NULL, or n amounts in kroner: self_funded[i] > 0 makes member i cover
 *    that amount itself, outside the split (amounts[i] is then that amount); 0 keeps it in.
 *  - `rounding` is the unit the amounts are rounded to, in kroner: 0.01, 1, 100 or 1000
 *    (0 means 1 krone).
 * The amounts then add up to budget - funding exactly. Returns as the functions above. */
SPLEIS_API int SPLEIS_CALL spleis_allocate_base_per_inhabitant_ex(double budget, double base_amount, double cap,
                                                                  double funding, const double* populations,
                                                                  const double* self_funded, int n, double rounding,
                                                                  double* amounts, double* per_inhabitant,
                                                                  char* message, size_t message_size);

SPLEIS_API int SPLEIS_CALL spleis_allocate_model_ex(const char* model_yaml, double budget, double funding,
                                                    const double* populations, const double* self_funded, int n,
                                                    double rounding, double* amounts, double* solved,
                                                    char* message, size_t message_size);

#ifdef __cplusplus
}
#endif

#endif /* SPLEIS_H */

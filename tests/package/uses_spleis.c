/* A program a user writes against the installed libspleis, built inside a clean Debian root with
 * `gcc uses_spleis.c $(pkg-config --cflags --libs spleis)` (tools/package-test.sh): it solves
 * the installed Digi Vestland 2021 scenario and prints Osterøy's amount and the total, in øre. */
#include <inttypes.h>
#include <stdio.h>

#include <spleis/spleis.h>

int main(int argc, char** argv) {
    const char* path = argc > 1 ? argv[1] : "/usr/share/spleis/scenarios/digi-vestland-2021.yaml";
    spleis_context* context = NULL;
    spleis_scenario* scenario = NULL;
    spleis_result* result = NULL;
    int index = -1;
    int64_t amount = 0, total = 0;
    int status = spleis_context_new(&context);
    if (status == SPLEIS_OK) status = spleis_scenario_new(context, &scenario);
    if (status == SPLEIS_OK) status = spleis_scenario_load_file(scenario, path);
    if (status == SPLEIS_OK) status = spleis_solve(scenario, &result);
    if (status == SPLEIS_OK) status = spleis_result_find_member(result, "Osterøy", &index);
    if (status == SPLEIS_OK) status = spleis_result_member_amount_ore(result, index, &amount);
    if (status == SPLEIS_OK) status = spleis_result_total_ore(result, &total);
    if (status != SPLEIS_OK) {
        fprintf(stderr, "uses_spleis: %s: %s\n", spleis_error_string(status),
                context ? spleis_context_error(context) : "");
    } else {
        printf("libspleis %s\nOsterøy %" PRId64 " øre\ntotal %" PRId64 " øre\n", spleis_version(), amount, total);
    }
    spleis_result_free(result);
    spleis_scenario_free(scenario);
    spleis_context_free(context);
    return status == SPLEIS_OK ? 0 : 1;
}

/* Who pays what for Digi Vestland 2021, from an installed libspleis.
 * Usage: spleis_consumer SCENARIO.yaml   (exit status 0 when Osterøy pays 261 905 kr) */
#include <stdio.h>

#include <spleis/spleis.h>

int main(int argc, char** argv) {
    spleis_context* ctx = NULL;
    spleis_scenario* scenario = NULL;
    spleis_result* result = NULL;
    int osteroy = -1, ok;
    int64_t amount_ore = 0;

    if (argc != 2) {
        fprintf(stderr, "usage: %s SCENARIO.yaml\n", argv[0]);
        return 2;
    }
    ok = spleis_context_new(&ctx) == SPLEIS_OK && spleis_scenario_new(ctx, &scenario) == SPLEIS_OK &&
         spleis_scenario_load_file(scenario, argv[1]) == SPLEIS_OK && spleis_solve(scenario, &result) == SPLEIS_OK &&
         spleis_result_find_member(result, "4630", &osteroy) == SPLEIS_OK &&
         spleis_result_member_amount_ore(result, osteroy, &amount_ore) == SPLEIS_OK;
    if (ok)
        printf("libspleis %s: Osterøy pays %lld.%02lld kr\n", spleis_version(), (long long)(amount_ore / 100),
               (long long)(amount_ore % 100));
    else
        fprintf(stderr, "spleis: %s\n", spleis_context_error(ctx));
    spleis_result_free(result);
    spleis_scenario_free(scenario);
    spleis_context_free(ctx);
    return ok && amount_ore == 26190500 ? 0 : 1;
}

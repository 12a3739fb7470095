/* Separate contexts used from separate threads at the same time give exactly the results of
 * one thread alone. 16 threads each solve every job (different scenarios, parameters and
 * populations, and the handle-free functions) several times in a different order, and compare
 * every member's amount with a reference computed before any thread started.
 * Run from the source directory. Meant to be run under ThreadSanitizer too. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <spleis/spleis.h>

enum { thread_count = 16, rounds = 10, max_members = 512 };

struct job {
    const char* scenario;  /* NULL: a handle-free call instead */
    const char* parameter; /* set before solving, unless NULL */
    double value;
    const char* member; /* its population set before solving, unless NULL */
    double population;
};

static const struct job jobs[] = {
    {"scenarios/digi-vestland-2021.yaml", NULL, 0, NULL, 0},
    {"scenarios/digi-vestland-2021.yaml", "base_amount", 0, NULL, 0},
    {"scenarios/digi-vestland-2021.yaml", "base_amount", 50000, NULL, 0},
    {"scenarios/digi-vestland-2021.yaml", "cap", 400000, NULL, 0},
    {"scenarios/digi-vestland-2021.yaml", NULL, 0, "4630", 12000},
    {"scenarios/salten-2019.yaml", NULL, 0, NULL, 0},
    {"scenarios/kommit-fund.yaml", NULL, 0, NULL, 0},
    {"scenarios/kommit-fund-vestland.yaml", NULL, 0, NULL, 0},
    {"scenarios/norway-2025.yaml", NULL, 0, NULL, 0},
    {"scenarios/norway-2025.yaml", "cap", 1000000, NULL, 0},
    {NULL, NULL, 1000000, NULL, 0},
    {NULL, NULL, 2000000, NULL, 0},
};
enum { job_count = sizeof jobs / sizeof jobs[0] };

struct outcome {
    int count;
    int64_t amounts[max_members];
};

static struct outcome reference[job_count];

static int run_spreadsheet(const struct job* job, struct outcome* out) {
    double populations[8] = {283929, 17207, 8098, 24908, 1020, 5321, 3, 0}, amounts[8];
    char message[256];
    int i;
    if (spleis_allocate_base_per_inhabitant(job->value, 1000, 300000, populations, 8, amounts, NULL, message,
                                            sizeof message) != SPLEIS_OK) {
        fprintf(stderr, "%s\n", message);
        return 0;
    }
    out->count = 8;
    for (i = 0; i < 8; ++i) out->amounts[i] = (int64_t)amounts[i];
    return 1;
}

/* Solves one job with its own context; 1 when every call succeeded. */
static int run(const struct job* job, struct outcome* out) {
    spleis_context* ctx = NULL;
    spleis_scenario* scenario = NULL;
    spleis_result* result = NULL;
    int ok = 1, i;
    if (!job->scenario) return run_spreadsheet(job, out);
    ok = spleis_context_new(&ctx) == SPLEIS_OK && spleis_scenario_new(ctx, &scenario) == SPLEIS_OK &&
         spleis_scenario_load_file(scenario, job->scenario) == SPLEIS_OK;
    if (ok && job->parameter) ok = spleis_scenario_set_parameter(scenario, job->parameter, job->value) == SPLEIS_OK;
    if (ok && job->member) ok = spleis_scenario_set_population(scenario, job->member, job->population) == SPLEIS_OK;
    ok = ok && spleis_solve(scenario, &result) == SPLEIS_OK && spleis_result_member_count(result, &out->count) == SPLEIS_OK &&
         out->count <= max_members;
    for (i = 0; ok && i < out->count; ++i) ok = spleis_result_member_amount_ore(result, i, &out->amounts[i]) == SPLEIS_OK;
    if (!ok) fprintf(stderr, "%s: %s\n", job->scenario, spleis_context_error(ctx));
    spleis_result_free(result);
    spleis_scenario_free(scenario);
    spleis_context_free(ctx);
    return ok;
}

static void* worker(void* arg) {
    const int id = (int)(intptr_t)arg;
    struct outcome* out = malloc(sizeof *out);
    intptr_t mismatches = 0;
    int round, k;
    for (round = 0; round < rounds; ++round)
        for (k = 0; k < job_count; ++k) {
            const int j = (id + k * (round + 1)) % job_count;
            if (!run(&jobs[j], out) || out->count != reference[j].count ||
                memcmp(out->amounts, reference[j].amounts, (size_t)out->count * sizeof out->amounts[0]) != 0) {
                fprintf(stderr, "thread %d: job %d differs from the reference\n", id, j);
                ++mismatches;
            }
        }
    free(out);
    return (void*)mismatches;
}

int main(void) {
    pthread_t threads[thread_count];
    intptr_t failures = 0;
    int j, t;
    for (j = 0; j < job_count; ++j)
        if (!run(&jobs[j], &reference[j])) {
            fprintf(stderr, "job %d fails even alone\n", j);
            return 1;
        }
    /* The reference itself is right: Osterøy pays 261 905 kr. */
    {
        spleis_context* ctx = NULL;
        spleis_scenario* scenario = NULL;
        spleis_result* result = NULL;
        int osteroy = -1;
        spleis_context_new(&ctx);
        spleis_scenario_new(ctx, &scenario);
        spleis_scenario_load_file(scenario, jobs[0].scenario);
        spleis_solve(scenario, &result);
        spleis_result_find_member(result, "Osterøy", &osteroy);
        spleis_result_free(result);
        spleis_scenario_free(scenario);
        spleis_context_free(ctx);
        if (osteroy < 0 || reference[0].count != 43 || reference[0].amounts[osteroy] != 26190500) {
            fprintf(stderr, "the reference is wrong: %d members, Osterøy at %d\n", reference[0].count, osteroy);
            return 1;
        }
    }
    for (t = 0; t < thread_count; ++t)
        if (pthread_create(&threads[t], NULL, worker, (void*)(intptr_t)t) != 0) return 1;
    for (t = 0; t < thread_count; ++t) {
        void* mismatches = NULL;
        pthread_join(threads[t], &mismatches);
        failures += (intptr_t)mismatches;
    }
    printf("%d threads x %d rounds x %d jobs: %ld mismatches\n", thread_count, rounds, job_count, (long)failures);
    return failures ? 1 : 0;
}

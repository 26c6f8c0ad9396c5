#define _GNU_SOURCE
/* Load generator for Scripts/bench: N connections each playing whole scripted conversations in
 * lock-step (send a line, wait for the whole reply), bounded in turns and time.
 *
 * Usage: loadgen SOCKET MODE CONNECTIONS SECONDS [SERVER-PID]
 *   MODE line:  intake-bot line protocol (reply ends with a line holding only ">")
 *        jsonl: intake-bot jsonl protocol (one reply line per request)
 *        echo:  the echo floor, sent the same jsonl lines
 *        idle:  open CONNECTIONS, read any greeting, then hold them open SECONDS (memory check)
 *        conversations: start CONNECTIONS jsonl conversations on one connection, then wait SECONDS
 *        mix-line, mix-jsonl, mix-echo: the realistic mix in MIX_FILE (Scripts/instruments/mix.txt):
 *          each connection plays its conversations in turn, each ending with "end" (the line
 *          protocol then closes the connection, and the client dials again and waits for the
 *          greeting, which is not counted); mix-echo sends the echo the mix's jsonl lines.
 *          LOADGEN_SHOW=1 prints connection 0's requests and replies to stderr.
 * Prints one line: mode N turns seconds turns/s p50 p90 p99 max(ms) rss-peak-kB cpu-seconds */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

static const char *answers[] = {"no", "no", "1", "1", "yes", "CSC decided to close the case", "yes", "0", "today"};
#define ANSWERS 9

/* The mix: conversations of answers, each ending in "end". */
static char **mix[64];
static int mixlen[64], nmix;

static void load_mix(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) { perror(path); exit(2); }
    char line[4096];
    while (nmix < 64 && fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n') continue;
        line[strcspn(line, "\n")] = 0;
        char **answers = calloc(64, sizeof *answers);
        int k = 0;
        for (char *p = line, *bar; k < 62; p = bar + 3) {
            bar = strstr(p, " | ");
            if (bar) *bar = 0;
            answers[k++] = strdup(p);
            if (!bar) break;
        }
        answers[k++] = "end";
        mix[nmix] = answers; mixlen[nmix++] = k;
    }
    fclose(f);
}

typedef struct {
    int fd, step, greeted, cycle, script;
    char in[65536];
    size_t inlen;
    double sent;
} conn_t;

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
static int cmp(const void *a, const void *b) { double x = *(double *)a, y = *(double *)b; return x < y ? -1 : x > y; }

static int dial(const char *path) {
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    strncpy(a.sun_path, path, sizeof a.sun_path - 1);
    if (connect(fd, (struct sockaddr *)&a, sizeof a)) { perror("connect"); exit(1); }
    fcntl(fd, F_SETFL, O_NONBLOCK);
    return fd;
}

static void server_usage(int pid, long *rss, double *cpu) {
    char path[64], line[512];
    *rss = 0; *cpu = 0;
    if (!pid) return;
    snprintf(path, sizeof path, "/proc/%d/status", pid);
    FILE *f = fopen(path, "r");
    while (f && fgets(line, sizeof line, f)) if (!strncmp(line, "VmHWM:", 6)) *rss = atol(line + 6);
    if (f) fclose(f);
    snprintf(path, sizeof path, "/proc/%d/stat", pid);
    f = fopen(path, "r");
    if (f && fgets(line, sizeof line, f)) {
        char *p = strrchr(line, ')');
        unsigned long ut = 0, st = 0;
        if (p) sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &ut, &st);
        *cpu = (ut + st) / (double)sysconf(_SC_CLK_TCK);
    }
    if (f) fclose(f);
}

/* The next request for a connection, as a line. Modes: 0 line, 1 jsonl or echo, 2 mix-line, 3 mix-jsonl or mix-echo. */
static int request(conn_t *c, int mode, int id, char *out) {
    if (mode == 2) {
        const char *a = mix[c->script][c->step];
        return sprintf(out, "%s\n", !strcmp(a, "#record") ? "record" : a);
    }
    if (mode == 3) {
        if (c->step == 0) return sprintf(out, "{\"conversation\": \"c%d-%d\", \"text\": \"hi\"}\n", id, c->cycle);
        const char *a = mix[c->script][c->step - 1];
        if (!strcmp(a, "#record") || !strcmp(a, "end"))
            return sprintf(out, "{\"conversation\": \"c%d-%d\", \"command\": \"%s\"}\n", id, c->cycle, a[0] == '#' ? a + 1 : a);
        return sprintf(out, "{\"conversation\": \"c%d-%d\", \"text\": \"%s\"}\n", id, c->cycle, a);
    }
    if (mode == 0) return sprintf(out, "%s\n", c->step < ANSWERS ? answers[c->step] : "restart");
    if (c->step == 0 && c->cycle == 0) return sprintf(out, "{\"conversation\": \"c%d\", \"text\": \"hi\", \"policy\": \"torbay\"}\n", id);
    if (c->step >= ANSWERS) return sprintf(out, "{\"conversation\": \"c%d\", \"command\": \"restart\"}\n", id);
    return sprintf(out, "{\"conversation\": \"c%d\", \"text\": \"%s\"}\n", id, answers[c->step]);
}

/* Whether the buffer holds a whole reply; consumes it. */
static int whole_reply(conn_t *c, int mode) {
    if (mode == 0 || mode == 2) {
        char *marker = NULL;
        for (size_t i = 0; i + 1 < c->inlen + 1; i++)
            if (c->in[i] == '>' && c->in[i + 1] == '\n' && (i == 0 || c->in[i - 1] == '\n')) { marker = c->in + i; break; }
        if (!marker) return 0;
        size_t used = marker - c->in + 2;
        memmove(c->in, c->in + used, c->inlen - used);
        c->inlen -= used;
        return 1;
    }
    char *nl = memchr(c->in, '\n', c->inlen);
    if (!nl) return 0;
    size_t used = nl - c->in + 1;
    memmove(c->in, c->in + used, c->inlen - used);
    c->inlen -= used;
    return 1;
}

int main(int argc, char **argv) {
    if (argc < 5) { fprintf(stderr, "usage: loadgen SOCKET line|jsonl|echo|idle|conversations N SECONDS [PID]\n"); return 2; }
    const char *path = argv[1], *modename = argv[2];
    int n = atoi(argv[3]), pid = argc > 5 ? atoi(argv[5]) : 0;
    double seconds = atof(argv[4]);
    int mode = !strcmp(modename, "line") ? 0 : !strcmp(modename, "mix-line") ? 2 : !strncmp(modename, "mix-", 4) ? 3 : 1;
    int show = getenv("LOADGEN_SHOW") != NULL;
    if (mode >= 2) load_mix(getenv("MIX_FILE") ? getenv("MIX_FILE") : "Scripts/instruments/mix.txt");
    long rss0; double cpu0, cpu1; long rss1;
    server_usage(pid, &rss0, &cpu0);

    if (!strcmp(modename, "idle")) {
        int *fds = calloc(n, sizeof *fds);
        for (int i = 0; i < n; i++) fds[i] = dial(path);
        usleep((useconds_t)(seconds * 1e6));
        server_usage(pid, &rss1, &cpu1);
        printf("idle %d rss-kB %ld\n", n, rss1);
        return 0;
    }
    if (!strcmp(modename, "conversations")) {
        int fd = dial(path);
        fcntl(fd, F_SETFL, 0);
        char line[256], buf[65536];
        FILE *in = fdopen(dup(fd), "r");
        for (int i = 0; i < n; i++) {
            int len = sprintf(line, "{\"conversation\": \"m%d\", \"text\": \"hi\", \"policy\": \"torbay\"}\n", i);
            write(fd, line, len);
            len = sprintf(line, "{\"conversation\": \"m%d\", \"text\": \"no\"}\n", i);
            write(fd, line, len);
            fgets(buf, sizeof buf, in); fgets(buf, sizeof buf, in);
        }
        usleep((useconds_t)(seconds * 1e6));
        server_usage(pid, &rss1, &cpu1);
        printf("conversations %d rss-kB %ld\n", n, rss1);
        return 0;
    }

    conn_t *cs = calloc(n, sizeof *cs);
    int ep = epoll_create1(0);
    for (int i = 0; i < n; i++) {
        cs[i].fd = dial(path);
        struct epoll_event ev = {.events = EPOLLIN, .data.u32 = i};
        epoll_ctl(ep, EPOLL_CTL_ADD, cs[i].fd, &ev);
        cs[i].greeted = mode != 0 && mode != 2;
        cs[i].script = nmix ? i % nmix : 0;
    }
    size_t cap = 1 << 22, count = 0;
    double *lat = malloc(cap * sizeof *lat);
    char out[4096];
    double start = now(), end = start + seconds;
    for (int i = 0; i < n; i++) if (cs[i].greeted) { int len = request(&cs[i], mode, i, out); cs[i].sent = now(); send(cs[i].fd, out, len, MSG_NOSIGNAL); }
    struct epoll_event events[1024];
    while (now() < end && count < cap) {
        int k = epoll_wait(ep, events, 1024, 100);
        for (int e = 0; e < k; e++) {
            int id = (int)events[e].data.u32;
            conn_t *c = &cs[id];
            ssize_t r;
            while ((r = read(c->fd, c->in + c->inlen, sizeof c->in - c->inlen)) > 0) c->inlen += r;
            /* The line protocol closes the connection after "end": its goodbye is the whole reply. */
            int ending = mode == 2 && c->greeted && !strcmp(mix[c->script][c->step], "end");
            if (r == 0 && !ending) { fprintf(stderr, "server closed a connection\n"); return 1; }
            if (r == 0) {
                double t = now();
                lat[count++] = t - c->sent;
                if (show && id == 0) fprintf(stderr, "<<< %.*s\n", (int)c->inlen, c->in);
                epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
                close(c->fd);
                c->fd = dial(path);
                c->inlen = 0; c->step = 0; c->greeted = 0; c->cycle++; c->script = (c->script + 1) % nmix;
                struct epoll_event ev = {.events = EPOLLIN, .data.u32 = id};
                epoll_ctl(ep, EPOLL_CTL_ADD, c->fd, &ev);
                continue;
            }
            if (ending) continue; /* the goodbye so far; the close ends it */
            while (whole_reply(c, mode)) {
                double t = now();
                if (show && id == 0) fprintf(stderr, "<<< reply\n");
                if (!c->greeted) c->greeted = 1;
                else {
                    lat[count++] = t - c->sent;
                    if (mode == 3) {
                        if (++c->step > mixlen[c->script]) { c->step = 0; c->cycle++; c->script = (c->script + 1) % nmix; }
                    } else if (mode == 2) c->step++;
                    else if (++c->step > ANSWERS) { c->step = 0; c->cycle++; }
                }
                if (t >= end) break;
                int len = request(c, mode, id, out);
                if (show && id == 0) fprintf(stderr, ">>> %.*s", len, out);
                c->sent = now();
                send(c->fd, out, len, MSG_NOSIGNAL);
            }
        }
    }
    double elapsed = now() - start;
    server_usage(pid, &rss1, &cpu1);
    qsort(lat, count, sizeof *lat, cmp);
    #define P(q) (count ? lat[(size_t)((q) * (count - 1))] * 1000 : 0)
    printf("%s %d %zu %.2f %.0f %.3f %.3f %.3f %.3f %ld %.2f\n", modename, n, count, elapsed, count / elapsed,
           P(0.5), P(0.9), P(0.99), count ? lat[count - 1] * 1000 : 0, rss1, cpu1 - cpu0);
    return 0;
}

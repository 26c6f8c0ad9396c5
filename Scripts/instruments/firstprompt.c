#define _GNU_SOURCE
/* Time from exec to the first prompt: the terminal chat (first byte on a pipe) or the socket server
 * (first byte a client reads after connecting, retried from exec until the socket answers).
 * Usage: firstprompt terminal BINARY | firstprompt socket BINARY SOCKET ; prints milliseconds. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    int terminal = !strcmp(argv[1], "terminal");
    int out[2], in[2];
    pipe(out); pipe(in);
    double start = now();
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0); dup2(out[1], 1);
        int devnull = open("/dev/null", 1); dup2(devnull, 2);
        if (terminal) execl(argv[2], argv[2], "--policy", "torbay", (char *)0);
        else execl(argv[2], argv[2], "serve", "--socket", argv[3], "--quiet", (char *)0);
        _exit(127);
    }
    char c;
    double ms = -1;
    if (terminal) {
        if (read(out[0], &c, 1) == 1) ms = (now() - start) * 1000;
    } else {
        for (int tries = 0; tries < 5000 && ms < 0; tries++) {
            int fd = socket(AF_UNIX, SOCK_STREAM, 0);
            struct sockaddr_un a = {.sun_family = AF_UNIX};
            strncpy(a.sun_path, argv[3], sizeof a.sun_path - 1);
            if (connect(fd, (struct sockaddr *)&a, sizeof a) == 0 && read(fd, &c, 1) == 1) ms = (now() - start) * 1000;
            close(fd);
            if (ms < 0) usleep(200);
        }
    }
    kill(pid, SIGTERM);
    waitpid(pid, NULL, 0);
    printf("%.1f\n", ms);
    return ms < 0;
}

#define _GNU_SOURCE
/* The floor: a minimal single-threaded epoll line-echo server on a Unix socket.
 * A measuring instrument for Scripts/bench, not part of the product.
 * Usage: echo SOCKET */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#define MAXCONN 65536
static char *pending[MAXCONN];
static size_t pendlen[MAXCONN];

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: echo SOCKET\n"); return 2; }
    signal(SIGPIPE, SIG_IGN);
    unlink(argv[1]);
    int lfd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    strncpy(a.sun_path, argv[1], sizeof a.sun_path - 1);
    if (bind(lfd, (struct sockaddr *)&a, sizeof a) || listen(lfd, 1024)) { perror("bind/listen"); return 1; }
    int ep = epoll_create1(EPOLL_CLOEXEC);
    struct epoll_event ev = {.events = EPOLLIN, .data.fd = lfd};
    epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
    struct epoll_event events[1024];
    char buf[65536];
    for (;;) {
        int n = epoll_wait(ep, events, 1024, -1);
        for (int i = 0; i < n; i++) {
            int fd = events[i].data.fd;
            if (fd == lfd) {
                int c;
                while ((c = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC)) >= 0) {
                    if (c >= MAXCONN) { close(c); continue; }
                    struct epoll_event ce = {.events = EPOLLIN, .data.fd = c};
                    epoll_ctl(ep, EPOLL_CTL_ADD, c, &ce);
                }
                continue;
            }
            for (;;) {
                ssize_t r = read(fd, buf, sizeof buf);
                if (r > 0) {
                    /* echo whole lines only, keeping a partial one for later */
                    pending[fd] = realloc(pending[fd], pendlen[fd] + r);
                    memcpy(pending[fd] + pendlen[fd], buf, r);
                    pendlen[fd] += r;
                    char *last = memrchr(pending[fd], '\n', pendlen[fd]);
                    if (last) {
                        size_t whole = last - pending[fd] + 1;
                        if (send(fd, pending[fd], whole, MSG_NOSIGNAL) < 0 && errno != EAGAIN) break;
                        memmove(pending[fd], pending[fd] + whole, pendlen[fd] - whole);
                        pendlen[fd] -= whole;
                    }
                    continue;
                }
                if (r < 0 && (errno == EAGAIN || errno == EINTR)) break;
                epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL);
                close(fd);
                free(pending[fd]); pending[fd] = NULL; pendlen[fd] = 0;
                break;
            }
        }
    }
}

#define _GNU_SOURCE
/* The floor: a minimal single-threaded epoll line-echo server on a Unix socket.
 * A measuring instrument for Scripts/bench, not part of the product.
 * Usage: echo SOCKET [JOURNAL]
 * With JOURNAL it is the durable floor: every line a pass reads is written to the journal (written
 * ahead in zeros, as intake-bot's is, so a flush never changes the file's size), one fdatasync
 * covers the pass, and only then are the pass's lines echoed: group commit with no other work. */
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

/* Durable mode: the pass's lines, and whose they are. */
static int journal = -1;
static off_t written, allocated;
static char batch[1 << 22];
static size_t batchlen;
static int owners[1024];
static size_t ownerlen[1024];
static int owned;

/* The pass's lines on disk, then echoed. */
static void commit(void) {
    if (!owned) return;
    if (written + (off_t)batchlen > allocated) {
        static char zeros[1 << 20];
        while (written + (off_t)batchlen > allocated) { pwrite(journal, zeros, sizeof zeros, allocated); allocated += sizeof zeros; }
        fsync(journal);
    }
    pwrite(journal, batch, batchlen, written);
    written += batchlen;
    fdatasync(journal);
    size_t at = 0;
    for (int i = 0; i < owned; i++) { send(owners[i], batch + at, ownerlen[i], MSG_NOSIGNAL); at += ownerlen[i]; }
    owned = 0; batchlen = 0;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: echo SOCKET [JOURNAL]\n"); return 2; }
    if (argc > 2 && (journal = open(argv[2], O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)) < 0) { perror(argv[2]); return 1; }
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
                        if (journal >= 0) {
                            if (owned == 1024 || batchlen + whole > sizeof batch) commit();
                            memcpy(batch + batchlen, pending[fd], whole);
                            batchlen += whole; owners[owned] = fd; ownerlen[owned++] = whole;
                        } else if (send(fd, pending[fd], whole, MSG_NOSIGNAL) < 0 && errno != EAGAIN) break;
                        memmove(pending[fd], pending[fd] + whole, pendlen[fd] - whole);
                        pendlen[fd] -= whole;
                    }
                    continue;
                }
                if (r < 0 && (errno == EAGAIN || errno == EINTR)) break;
                epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL);
                commit(); /* before the descriptor can be reused */
                close(fd);
                free(pending[fd]); pending[fd] = NULL; pendlen[fd] = 0;
                break;
            }
        }
        commit();
    }
}

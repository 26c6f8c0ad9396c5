#define _GNU_SOURCE
/* The floor: a minimal single-threaded epoll line-echo server on a Unix socket.
 * A measuring instrument for Scripts/bench, not part of the product.
 * Usage: echo SOCKET [JOURNAL]
 * With JOURNAL it is the durable floor: lines are echoed only once written to the journal (written
 * ahead in zeros, as intake-bot's is, so a flush never changes the file's size) and flushed by one
 * fdatasync per batch. A syncer thread flushes one batch while the loop gathers the next, the
 * group commit intake-bot does, with no other work. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
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

/* Durable mode: lines wait in a batch while the batch before is flushed by a syncer thread, as
 * intake-bot's do, so the loop goes on reading while the disk works. */
typedef struct {
    char bytes[1 << 22];
    size_t length;
    int owners[65536];
    size_t lengths[65536];
    int count;
} batch_t;
static batch_t batches[2], *filling = &batches[0], *flushing = &batches[1];
static int journal = -1, flushed[2], busy;
static off_t written, allocated;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t work = PTHREAD_COND_INITIALIZER;

static void *syncer(void *unused) {
    (void)unused;
    static char zeros[1 << 20];
    for (;;) {
        pthread_mutex_lock(&lock);
        while (!busy) pthread_cond_wait(&work, &lock);
        pthread_mutex_unlock(&lock);
        if (written + (off_t)flushing->length > allocated) {
            while (written + (off_t)flushing->length > allocated) { pwrite(journal, zeros, sizeof zeros, allocated); allocated += sizeof zeros; }
            fsync(journal);
        }
        pwrite(journal, flushing->bytes, flushing->length, written);
        written += flushing->length;
        fdatasync(journal);
        char one = 1;
        write(flushed[1], &one, 1);
    }
    return NULL;
}

/* Hands the filling batch to the syncer if it is idle. */
static void flush_if_idle(void) {
    if (busy || !filling->count) return;
    batch_t *full = filling;
    filling = flushing; flushing = full;
    pthread_mutex_lock(&lock);
    busy = 1;
    pthread_cond_signal(&work);
    pthread_mutex_unlock(&lock);
}

/* The flushed batch's lines, echoed now that they are on disk. */
static void echo_flushed(void) {
    char byte;
    read(flushed[0], &byte, 1);
    size_t at = 0;
    for (int i = 0; i < flushing->count; i++) {
        if (flushing->owners[i] >= 0) send(flushing->owners[i], flushing->bytes + at, flushing->lengths[i], MSG_NOSIGNAL);
        at += flushing->lengths[i];
    }
    flushing->count = 0; flushing->length = 0;
    pthread_mutex_lock(&lock);
    busy = 0;
    pthread_mutex_unlock(&lock);
}

/* A line to echo once durable; 0 if the batch is full (the caller echoes nothing yet and keeps it). */
static int hold(int fd, const char *line, size_t length) {
    if (filling->count == 65536 || filling->length + length > sizeof filling->bytes) return 0;
    memcpy(filling->bytes + filling->length, line, length);
    filling->length += length;
    filling->owners[filling->count] = fd;
    filling->lengths[filling->count++] = length;
    return 1;
}

/* A closed descriptor may be reused: its held lines go nowhere. */
static void forget(int fd) {
    for (int b = 0; b < 2; b++)
        for (int i = 0; i < batches[b].count; i++)
            if (batches[b].owners[i] == fd) batches[b].owners[i] = -1;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: echo SOCKET [JOURNAL]\n"); return 2; }
    if (argc > 2) {
        if ((journal = open(argv[2], O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)) < 0) { perror(argv[2]); return 1; }
        pthread_t thread;
        if (pipe2(flushed, O_CLOEXEC) || pthread_create(&thread, NULL, syncer, NULL)) { perror("syncer"); return 1; }
    }
    signal(SIGPIPE, SIG_IGN);
    unlink(argv[1]);
    int lfd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    strncpy(a.sun_path, argv[1], sizeof a.sun_path - 1);
    if (bind(lfd, (struct sockaddr *)&a, sizeof a) || listen(lfd, 1024)) { perror("bind/listen"); return 1; }
    int ep = epoll_create1(EPOLL_CLOEXEC);
    struct epoll_event ev = {.events = EPOLLIN, .data.fd = lfd};
    epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
    if (journal >= 0) {
        struct epoll_event fe = {.events = EPOLLIN, .data.fd = flushed[0]};
        epoll_ctl(ep, EPOLL_CTL_ADD, flushed[0], &fe);
    }
    struct epoll_event events[1024];
    char buf[65536];
    for (;;) {
        int n = epoll_wait(ep, events, 1024, -1);
        for (int i = 0; i < n; i++) {
            int fd = events[i].data.fd;
            if (journal >= 0 && fd == flushed[0]) { echo_flushed(); continue; }
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
                            if (!hold(fd, pending[fd], whole)) continue; /* a full batch: never in lock-step below 65,536 clients */
                        } else if (send(fd, pending[fd], whole, MSG_NOSIGNAL) < 0 && errno != EAGAIN) break;
                        memmove(pending[fd], pending[fd] + whole, pendlen[fd] - whole);
                        pendlen[fd] -= whole;
                    }
                    continue;
                }
                if (r < 0 && (errno == EAGAIN || errno == EINTR)) break;
                epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL);
                if (journal >= 0) forget(fd);
                close(fd);
                free(pending[fd]); pending[fd] = NULL; pendlen[fd] = 0;
                break;
            }
        }
        if (journal >= 0) flush_if_idle();
    }
}

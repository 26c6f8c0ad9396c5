import Foundation

// SIGPIPE would kill the process silently when a reader goes away; writes report EPIPE instead.
signal(SIGPIPE, SIG_IGN)
exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst())))

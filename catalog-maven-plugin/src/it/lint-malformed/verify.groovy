// A build error (not a test-like failure) with one line naming the file and its line, and no
// stack trace from the engine.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] services\/chat-service\.yaml:\d+:\d+: /
assert log =~ /Failed to execute goal .*catalog-maven-plugin.*:lint .*services\/chat-service\.yaml:\d+:\d+: /
assert !log.contains('at dev.eventcontracts.')
assert log.contains('MojoExecutionException')

// The first run passed with the warning listed; the second failed on the same warning, as a build
// failure that names the parameter.
def log = new File(basedir, 'build.log').text
def warning = '[WARNING] domains/chat/events/room-created.yaml:1:7: warning: EVENT_NO_CONSUMERS '
assert log.count(warning) == 2
assert log.contains('[INFO] catalog lint: 0 errors, 1 warning\n')
assert log.indexOf('BUILD SUCCESS') < log.indexOf('BUILD FAILURE')
assert log.contains('catalog lint: 0 errors, 1 warning (warnings fail the build with catalog.failOnWarning; reports in ')
assert log.contains('MojoFailureException')
assert !log.contains('MojoExecutionException')


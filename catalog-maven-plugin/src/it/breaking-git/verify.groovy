// Lint passed, the diff was written, and breaking failed the build on the deleted field.
def log = new File(basedir, 'build.log').text
assert log.contains('catalog lint: 0 errors, 0 warnings')
assert log =~ /\[ERROR\] schemas\/acme\/chat\/v1\/room_created\.proto:\d+:\d+: FIELD_NO_DELETE .*purpose/
assert log.contains('catalog breaking: 1 error')
assert log.contains('MojoFailureException')

def reports = new File(basedir, 'target/catalog')
assert new File(reports, 'diff.md').text.contains('RoomCreated')
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'breaking.sarif'))
assert sarif.runs[0].results*.ruleId.contains('FIELD_NO_DELETE')

// One line naming file, line and column, as a finding would; not protoc's output as it printed it.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] schemas/acme/chat/v1/room.proto:6:14: Extension ranges are not allowed in proto3.')
assert log =~ /Failed to execute goal [^\n]*catalog-maven-plugin[^\n]*:generate [^\n]*: schemas\/acme\/chat\/v1\/room.proto:6:14: Extension ranges are not allowed in proto3\./
assert !log.contains('protoc.args')

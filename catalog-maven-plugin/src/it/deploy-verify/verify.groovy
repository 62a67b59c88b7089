// The dry run planned, verify then saw drift; the deploy registered and verify saw none.
try {
  def log = new File(basedir, 'build.log').text
  assert log =~ /\[INFO\] Plan for dev \(http:\/\/127\.0\.0\.1:\d+\/apis\/ccompat\/v7\)/
  assert log =~ /\[ERROR\] .*SUBJECT_MISSING .*room-created/
  assert log =~ /\[INFO\] Deploy for dev \(/
  assert log.contains('+ register')
  assert log.contains('catalog verify: 0 errors')
  assert new File(basedir, 'target/catalog/deploy-dev.json').text.contains('"status"')
} finally {
  context.get('registry')?.close()
}

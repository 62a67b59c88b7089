// The skipped breaking removed its stale reports; the second run's lint removed the first run's
// reports before it failed on the format; a file the plugin does not write is left alone.
def log = new File(basedir, 'build.log').text
assert log.contains('catalog lint: 0 errors, 0 warnings')
assert log.contains('Skipping catalog:breaking')
assert log.contains('catalog.format: unknown format "yaml"')

def reports = new File(basedir, 'target/catalog')
['TEST-catalog-breaking.xml', 'breaking.txt', 'breaking.sarif',
 'TEST-catalog-lint.xml', 'lint.txt', 'lint.sarif'].each { name ->
  assert !new File(reports, name).exists() : "$name is a report of an earlier build"
}
assert new File(reports, 'notes.txt').text == 'kept\n'

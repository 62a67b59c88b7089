// Neither run linted, so the catalog's error did not fail them.
def log = new File(basedir, 'build.log').text
assert log.contains('Skipping catalog:lint')
assert !log.contains('YAML_NO_UNKNOWN_KEY')
assert !new File(basedir, 'target/catalog').exists()

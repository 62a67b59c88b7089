// The build succeeded; the log says the catalog is clean and the reports are where CI looks.
def log = new File(basedir, 'build.log').text
assert log.contains('catalog lint: 0 errors, 0 warnings')

def reports = new File(basedir, 'target/catalog')
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'lint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'catalog'
assert sarif.runs[0].results.isEmpty()

def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-catalog-lint.xml'))
assert junit.@failures == '0'
assert junit.testcase.size() > 0
assert new File(reports, 'lint.txt').text.isEmpty()

// The consumer's test ran and passed: every example of every event went through its class.
def report = new File(basedir, 'target/surefire-reports/TEST-it.consumer.ContractsTest.xml')
assert report.isFile()
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 3
assert suite.@failures.toInteger() == 0
assert suite.@errors.toInteger() == 0

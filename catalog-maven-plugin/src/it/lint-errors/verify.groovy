// Both runs failed on the finding; the first lists it in Maven's log, the second as a GitHub
// annotation, and the reports hold it too.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] catalog.yaml:2:1: YAML_NO_UNKNOWN_KEY unknown key "protRoot"; did you mean "protoRoot"?')
// Annotations name the file from the root of the Git work tree holding the project, if any.
assert log =~ /(?m)^::error file=(\S+\/)?catalog\.yaml,line=2,col=1,title=YAML_NO_UNKNOWN_KEY::unknown key "protRoot"/
assert log.contains('catalog lint: 1 error, 0 warnings')
assert log.contains('BUILD FAILURE')

def reports = new File(basedir, 'target/catalog')
assert new File(reports, 'lint.txt').text.startsWith('catalog.yaml:2:1: YAML_NO_UNKNOWN_KEY ')
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-catalog-lint.xml'))
assert junit.@failures == '1'
assert junit.testcase.find { it.@name == 'YAML_NO_UNKNOWN_KEY' }.failure.size() == 1

// Findings are a build failure, not a build error.
assert log.contains('MojoFailureException')
assert !log.contains('MojoExecutionException')

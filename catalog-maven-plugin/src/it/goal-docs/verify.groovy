// help:describe reads plugin.xml as HTML, catalog:help prints plugin-help.xml as it is: both show
// the deploy report's name with its <env>, and neither an escaped or a stripped one.
def log = new File(basedir, 'build.log').text
def end = log.indexOf('BUILD SUCCESS')
def describe = log.substring(0, end)
def help = log.substring(end)

assert describe.contains('maven-help-plugin')
assert describe.contains('target/catalog/deploy-<env>.txt')
assert describe.contains('-Dgoal=<goal-name>')
assert describe.contains('catalog.failOnWarning')

assert help.contains('catalog:deploy')
assert help.contains('target/catalog/deploy-<env>.txt')

assert !log.contains('deploy-.txt')
assert !log.contains('&lt;')

// What an earlier build left: a breaking check that failed, and a file of the user's own.
def reports = new File(basedir, 'target/catalog')
reports.mkdirs()
new File(reports, 'TEST-catalog-breaking.xml').text =
    '<testsuite name="catalog breaking" tests="1" failures="1"/>\n'
new File(reports, 'breaking.txt').text = 'schemas/a.proto:1:1: FIELD_NO_DELETE stale\n'
new File(reports, 'breaking.sarif').text = '{}\n'
new File(reports, 'notes.txt').text = 'kept\n'
true

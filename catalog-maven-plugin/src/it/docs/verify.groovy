// The site is where the goal says, with its home page and catalog.json naming the event.
def site = new File(basedir, 'target/catalog/site')
def index = new File(site, 'index.html')
assert index.isFile()
assert index.text.contains('<input type="search"')
def json = new groovy.json.JsonSlurper().parse(new File(site, 'catalog.json'))
assert json.catalog == 'it-clean'
assert !json.events.isEmpty()
json.events.each { assert new File(site, it.page).isFile() }
assert new File(basedir, 'build.log').text.contains('catalog docs: ')

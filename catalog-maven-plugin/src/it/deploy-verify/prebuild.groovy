// A real, empty Schema Registry for this project's builds; verify.groovy stops it.
def registry = dev.eventcontracts.testkit.ApicurioRegistry.startForTests()
context.put('registry', registry)
def settings = new File(basedir, 'catalog.yaml')
settings.text = settings.text.replace('@REGISTRY_URL@', registry.url())
true

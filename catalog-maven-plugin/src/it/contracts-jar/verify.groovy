// The jar holds the message classes, the constants, the descriptor set and catalog.json.
import java.util.zip.ZipFile

def jar = new File(basedir, 'target/acme-contracts-1.0.jar')
assert jar.isFile()
def names = new ZipFile(jar).withCloseable { zip -> zip.entries().collect { it.name } as Set }
assert names.contains('META-INF/catalog/descriptor-set.binpb')
assert names.contains('META-INF/catalog/catalog.json')
assert names.contains('acme/messaging/v1/MessageSentOuterClass$MessageSent.class')
assert names.contains('acme/messaging/v1/MessageSentContract.class')
assert names.contains('acme/CatalogHeaders.class')
assert names.contains('acme/CatalogHeaders$ContentEncoding.class')
assert new File(basedir, 'build.log').text =~ /catalog generate: 22 proto files, 18 constants classes/

// A real Git repository: the catalog as committed on main, then a field deleted in the work tree.
def git(String... args) {
  def process = (['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.com',
                  '-c', 'commit.gpgsign=false'] + args.toList()).execute(null, basedir)
  process.waitForProcessOutput(System.out, System.err)
  assert process.exitValue() == 0 : "git ${args.join(' ')} failed"
}
git('init', '-q', '-b', 'main')
git('add', 'catalog.yaml', 'domains', 'schemas', 'services')
git('commit', '-q', '-m', 'Catalog as released')

def proto = new File(basedir, 'schemas/acme/chat/v1/room_created.proto')
proto.text = proto.text.replace('  // What the room is for.\n  string purpose = 3;\n', '')
assert !proto.text.contains('purpose')
true

// Shared by the sample projects' prebuild.groovy: makes the project a git repository with a change to review.
//   main:    the base, every file of the project except change/
//   feature: checked out, one commit on top that copies change/ over the project (new and edited files);
//            change/ is then deleted
// So `reviewbot:check` with no base finds main as the base, as on a developer's branch.

def git = { String... args ->
    def command = ['git', '-c', 'user.name=reviewbot-it', '-c', 'user.email=it@reviewbot.invalid',
                   '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', '-c', 'core.autocrlf=false'] + args.toList()
    def builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    // a build started from a git hook must not write to the outer repository
    ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY'].each { builder.environment().remove(it) }
    def process = builder.start()
    def output = process.inputStream.text
    if (process.waitFor() != 0) {
        throw new IllegalStateException("git ${args.join(' ')} failed in ${basedir}:\n${output}")
    }
    output
}

new File(basedir, '.gitignore').text = 'target/\nchange/\nbuild.log\n'
git('init', '-q', '-b', 'main')
git('add', '-A')
git('commit', '-q', '-m', 'base')

git('checkout', '-q', '-b', 'feature')
def change = new File(basedir, 'change')
change.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def target = new File(basedir, change.toPath().relativize(file.toPath()).toString())
    target.parentFile.mkdirs()
    target.bytes = file.bytes
}
git('add', '-A')
git('commit', '-q', '-m', 'change')
change.deleteDir() // ignored anyway; gone so a scan of the project sees only the project
true

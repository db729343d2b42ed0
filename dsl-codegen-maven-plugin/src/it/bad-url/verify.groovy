// The build failed (invoker.buildResult = failure): check that it failed in the Quarry goal with its
// one-line message, that nothing was generated, and that no Java stack trace reached the log.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()

def failures = lines.findAll { it.contains('Quarry code generation failed:') }
assert failures.size() == 1 : "expected one failure line, got:\n${failures.join('\n')}"
def failure = failures[0]
assert failure.startsWith('[ERROR] Failed to execute goal dev.quarry:dsl-codegen-maven-plugin:') : failure
assert failure.contains('Quarry code generation failed: cannot connect to jdbc:sqlite:') : failure
assert failure.contains('no-such-folder') : failure

def trace = lines.findAll { it ==~ /\s+at [\w.$]+\(.*\)/ || it.startsWith('Caused by:') || it.contains('Exception:') }
assert trace.isEmpty() : "stack trace in build.log:\n${trace.join('\n')}"
assert !log.contains('dev.quarry.codegen.') : 'a Quarry class name reached build.log'

assert !new File(basedir, 'target/generated-sources/quarry/com').exists() : 'classes were generated'
assert !new File(basedir, 'target/classes').exists() : 'the build went on to compile'
return true

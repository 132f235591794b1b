// A libFuzzer driver for .NET harnesses that call SharpFuzz's Fuzzer.LibFuzzer.Run.
//
// libFuzzer runs in this process; the .NET harness runs in a child process. They share one System V shared-memory
// segment: the first MAP_SIZE bytes are the harness's edge-coverage map (written by SharpFuzz's instrumentation),
// the next DATA_SIZE bytes the current input. Two pipes carry the protocol SharpFuzz expects, on the descriptor
// numbers named by its environment variables: the driver writes an int32 input length on the control pipe, the
// harness answers an int32 status on the status pipe (0 = returned normally, otherwise an exception escaped).
// The coverage map is copied into a section libFuzzer reads as extra counters, so it steers mutation by the
// managed code's edges. Written from that protocol description; no code was copied.
//
// Build: clang++ -O2 -fsanitize=fuzzer libfuzzer-dotnet.cc -o libfuzzer-dotnet
// Run:   ./libfuzzer-dotnet --target_path=PROGRAM [--target_arg=ARG]... [libFuzzer flags] CORPUS_DIR...
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>
#include <sys/ipc.h>
#include <sys/prctl.h>
#include <sys/shm.h>
#include <unistd.h>

namespace {
constexpr size_t kMapSize = 1 << 16;
constexpr size_t kDataSize = 1 << 20;
constexpr int kControlFd = 198;
constexpr int kStatusFd = 199;

}  // namespace

// Not static, and marked used: libFuzzer finds the counters by section bounds, so the optimiser must keep them.
__attribute__((used, section("__libfuzzer_extra_counters"))) uint8_t extra_counters[kMapSize];

namespace {

uint8_t* shared = nullptr;
int control = -1;
int status = -1;

bool WriteAll(int fd, const void* p, size_t n) {
  auto* b = static_cast<const uint8_t*>(p);
  while (n > 0) {
    ssize_t w = write(fd, b, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    b += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

bool ReadAll(int fd, void* p, size_t n) {
  auto* b = static_cast<uint8_t*>(p);
  while (n > 0) {
    ssize_t r = read(fd, b, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    b += r;
    n -= static_cast<size_t>(r);
  }
  return true;
}

[[noreturn]] void Die(const char* what) {
  fprintf(stderr, "libfuzzer-dotnet: %s (%s)\n", what, strerror(errno));
  abort();
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  std::string path;
  std::vector<std::string> args;
  for (int i = 1; i < *argc; i++) {
    std::string a = (*argv)[i];
    if (a.rfind("--target_path=", 0) == 0) path = a.substr(14);
    if (a.rfind("--target_arg=", 0) == 0) args.push_back(a.substr(13));
  }
  if (path.empty()) {
    fprintf(stderr, "usage: %s --target_path=PROGRAM [--target_arg=ARG]... [libFuzzer flags] CORPUS...\n", (*argv)[0]);
    exit(2);
  }

  int id = shmget(IPC_PRIVATE, kMapSize + kDataSize, IPC_CREAT | 0600);
  if (id < 0) Die("shmget");
  shared = static_cast<uint8_t*>(shmat(id, nullptr, 0));
  if (shared == reinterpret_cast<uint8_t*>(-1)) Die("shmat");

  int to_child[2], from_child[2];
  if (pipe(to_child) != 0 || pipe(from_child) != 0) Die("pipe");
  pid_t pid = fork();
  if (pid < 0) Die("fork");
  if (pid == 0) {
    // The harness must not outlive the driver (a libFuzzer timeout or crash exits this process).
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (dup2(to_child[0], kControlFd) < 0 || dup2(from_child[1], kStatusFd) < 0) Die("dup2");
    close(to_child[0]); close(to_child[1]); close(from_child[0]); close(from_child[1]);
    setenv("__LIBFUZZER_SHM_ID", std::to_string(id).c_str(), 1);
    setenv("__LIBFUZZER_CONTROL_PIPE_ID", std::to_string(kControlFd).c_str(), 1);
    setenv("__LIBFUZZER_STATUS_PIPE_ID", std::to_string(kStatusFd).c_str(), 1);
    std::vector<char*> child_argv{const_cast<char*>(path.c_str())};
    for (auto& a : args) child_argv.push_back(const_cast<char*>(a.c_str()));
    child_argv.push_back(nullptr);
    execv(path.c_str(), child_argv.data());
    Die("execv");
  }
  close(to_child[0]);
  close(from_child[1]);
  control = to_child[1];
  status = from_child[0];
  signal(SIGPIPE, SIG_IGN);

  int32_t hello = 0;
  if (!ReadAll(status, &hello, sizeof hello)) Die("the harness did not start");
  // Attached on both sides now: mark the segment for removal so it goes away with the processes, however they end.
  shmctl(id, IPC_RMID, nullptr);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kDataSize) return 0;
  memset(shared, 0, kMapSize);
  memcpy(shared + kMapSize, data, size);
  int32_t length = static_cast<int32_t>(size);
  if (!WriteAll(control, &length, sizeof length)) Die("the harness has gone (write)");
  int32_t result = 0;
  if (!ReadAll(status, &result, sizeof result)) {
    fprintf(stderr, "libfuzzer-dotnet: the harness died on this input (stack overflow or fatal error?)\n");
    abort();
  }
  memcpy(extra_counters, shared, kMapSize);
  if (result != 0) __builtin_trap();  // an exception escaped the target: a crash
  return 0;
}

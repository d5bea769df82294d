module @take attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x3xf64>) -> (tensor<5x3xf64>) {
    %0 = stablehlo.constant dense<[2, 0, 2, 7, -1]> : tensor<5xi32>
    %1 = "stablehlo.gather"(%arg0, %0) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 3>} : (tensor<4x3xf64>, tensor<5xi32>) -> tensor<5x3xf64>
    return %1 : tensor<5x3xf64>
  }
}

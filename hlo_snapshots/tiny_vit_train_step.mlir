module @vit_train_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x1x64xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<1x17x64xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<64x3x8x8xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<64xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<64xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<64xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<64x64xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<64xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<64x64xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<64xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<64x64xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<64xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<64x64xf32> {tf.aliasing_output = 12 : i32}, %arg13: tensor<64xf32> {tf.aliasing_output = 13 : i32}, %arg14: tensor<64xf32> {tf.aliasing_output = 14 : i32}, %arg15: tensor<64xf32> {tf.aliasing_output = 15 : i32}, %arg16: tensor<128x64xf32> {tf.aliasing_output = 16 : i32}, %arg17: tensor<128xf32> {tf.aliasing_output = 17 : i32}, %arg18: tensor<64x128xf32> {tf.aliasing_output = 18 : i32}, %arg19: tensor<64xf32> {tf.aliasing_output = 19 : i32}, %arg20: tensor<64xf32> {tf.aliasing_output = 20 : i32}, %arg21: tensor<64xf32> {tf.aliasing_output = 21 : i32}, %arg22: tensor<64x64xf32> {tf.aliasing_output = 22 : i32}, %arg23: tensor<64xf32> {tf.aliasing_output = 23 : i32}, %arg24: tensor<64x64xf32> {tf.aliasing_output = 24 : i32}, %arg25: tensor<64xf32> {tf.aliasing_output = 25 : i32}, %arg26: tensor<64x64xf32> {tf.aliasing_output = 26 : i32}, %arg27: tensor<64xf32> {tf.aliasing_output = 27 : i32}, %arg28: tensor<64x64xf32> {tf.aliasing_output = 28 : i32}, %arg29: tensor<64xf32> {tf.aliasing_output = 29 : i32}, %arg30: tensor<64xf32> {tf.aliasing_output = 30 : i32}, %arg31: tensor<64xf32> {tf.aliasing_output = 31 : i32}, %arg32: tensor<128x64xf32> {tf.aliasing_output = 32 : i32}, %arg33: tensor<128xf32> {tf.aliasing_output = 33 : i32}, %arg34: tensor<64x128xf32> {tf.aliasing_output = 34 : i32}, %arg35: tensor<64xf32> {tf.aliasing_output = 35 : i32}, %arg36: tensor<64xf32> {tf.aliasing_output = 36 : i32}, %arg37: tensor<64xf32> {tf.aliasing_output = 37 : i32}, %arg38: tensor<5x64xf32> {tf.aliasing_output = 38 : i32}, %arg39: tensor<5xf32> {tf.aliasing_output = 39 : i32}, %arg40: tensor<1x1x64xf32> {tf.aliasing_output = 40 : i32}, %arg41: tensor<1x17x64xf32> {tf.aliasing_output = 41 : i32}, %arg42: tensor<64x3x8x8xf32> {tf.aliasing_output = 42 : i32}, %arg43: tensor<64xf32> {tf.aliasing_output = 43 : i32}, %arg44: tensor<64xf32> {tf.aliasing_output = 44 : i32}, %arg45: tensor<64xf32> {tf.aliasing_output = 45 : i32}, %arg46: tensor<64x64xf32> {tf.aliasing_output = 46 : i32}, %arg47: tensor<64xf32> {tf.aliasing_output = 47 : i32}, %arg48: tensor<64x64xf32> {tf.aliasing_output = 48 : i32}, %arg49: tensor<64xf32> {tf.aliasing_output = 49 : i32}, %arg50: tensor<64x64xf32> {tf.aliasing_output = 50 : i32}, %arg51: tensor<64xf32> {tf.aliasing_output = 51 : i32}, %arg52: tensor<64x64xf32> {tf.aliasing_output = 52 : i32}, %arg53: tensor<64xf32> {tf.aliasing_output = 53 : i32}, %arg54: tensor<64xf32> {tf.aliasing_output = 54 : i32}, %arg55: tensor<64xf32> {tf.aliasing_output = 55 : i32}, %arg56: tensor<128x64xf32> {tf.aliasing_output = 56 : i32}, %arg57: tensor<128xf32> {tf.aliasing_output = 57 : i32}, %arg58: tensor<64x128xf32> {tf.aliasing_output = 58 : i32}, %arg59: tensor<64xf32> {tf.aliasing_output = 59 : i32}, %arg60: tensor<64xf32> {tf.aliasing_output = 60 : i32}, %arg61: tensor<64xf32> {tf.aliasing_output = 61 : i32}, %arg62: tensor<64x64xf32> {tf.aliasing_output = 62 : i32}, %arg63: tensor<64xf32> {tf.aliasing_output = 63 : i32}, %arg64: tensor<64x64xf32> {tf.aliasing_output = 64 : i32}, %arg65: tensor<64xf32> {tf.aliasing_output = 65 : i32}, %arg66: tensor<64x64xf32> {tf.aliasing_output = 66 : i32}, %arg67: tensor<64xf32> {tf.aliasing_output = 67 : i32}, %arg68: tensor<64x64xf32> {tf.aliasing_output = 68 : i32}, %arg69: tensor<64xf32> {tf.aliasing_output = 69 : i32}, %arg70: tensor<64xf32> {tf.aliasing_output = 70 : i32}, %arg71: tensor<64xf32> {tf.aliasing_output = 71 : i32}, %arg72: tensor<128x64xf32> {tf.aliasing_output = 72 : i32}, %arg73: tensor<128xf32> {tf.aliasing_output = 73 : i32}, %arg74: tensor<64x128xf32> {tf.aliasing_output = 74 : i32}, %arg75: tensor<64xf32> {tf.aliasing_output = 75 : i32}, %arg76: tensor<64xf32> {tf.aliasing_output = 76 : i32}, %arg77: tensor<64xf32> {tf.aliasing_output = 77 : i32}, %arg78: tensor<5x64xf32> {tf.aliasing_output = 78 : i32}, %arg79: tensor<5xf32> {tf.aliasing_output = 79 : i32}, %arg80: tensor<1x1x64xf32> {tf.aliasing_output = 80 : i32}, %arg81: tensor<1x17x64xf32> {tf.aliasing_output = 81 : i32}, %arg82: tensor<64x3x8x8xf32> {tf.aliasing_output = 82 : i32}, %arg83: tensor<64xf32> {tf.aliasing_output = 83 : i32}, %arg84: tensor<64xf32> {tf.aliasing_output = 84 : i32}, %arg85: tensor<64xf32> {tf.aliasing_output = 85 : i32}, %arg86: tensor<64x64xf32> {tf.aliasing_output = 86 : i32}, %arg87: tensor<64xf32> {tf.aliasing_output = 87 : i32}, %arg88: tensor<64x64xf32> {tf.aliasing_output = 88 : i32}, %arg89: tensor<64xf32> {tf.aliasing_output = 89 : i32}, %arg90: tensor<64x64xf32> {tf.aliasing_output = 90 : i32}, %arg91: tensor<64xf32> {tf.aliasing_output = 91 : i32}, %arg92: tensor<64x64xf32> {tf.aliasing_output = 92 : i32}, %arg93: tensor<64xf32> {tf.aliasing_output = 93 : i32}, %arg94: tensor<64xf32> {tf.aliasing_output = 94 : i32}, %arg95: tensor<64xf32> {tf.aliasing_output = 95 : i32}, %arg96: tensor<128x64xf32> {tf.aliasing_output = 96 : i32}, %arg97: tensor<128xf32> {tf.aliasing_output = 97 : i32}, %arg98: tensor<64x128xf32> {tf.aliasing_output = 98 : i32}, %arg99: tensor<64xf32> {tf.aliasing_output = 99 : i32}, %arg100: tensor<64xf32> {tf.aliasing_output = 100 : i32}, %arg101: tensor<64xf32> {tf.aliasing_output = 101 : i32}, %arg102: tensor<64x64xf32> {tf.aliasing_output = 102 : i32}, %arg103: tensor<64xf32> {tf.aliasing_output = 103 : i32}, %arg104: tensor<64x64xf32> {tf.aliasing_output = 104 : i32}, %arg105: tensor<64xf32> {tf.aliasing_output = 105 : i32}, %arg106: tensor<64x64xf32> {tf.aliasing_output = 106 : i32}, %arg107: tensor<64xf32> {tf.aliasing_output = 107 : i32}, %arg108: tensor<64x64xf32> {tf.aliasing_output = 108 : i32}, %arg109: tensor<64xf32> {tf.aliasing_output = 109 : i32}, %arg110: tensor<64xf32> {tf.aliasing_output = 110 : i32}, %arg111: tensor<64xf32> {tf.aliasing_output = 111 : i32}, %arg112: tensor<128x64xf32> {tf.aliasing_output = 112 : i32}, %arg113: tensor<128xf32> {tf.aliasing_output = 113 : i32}, %arg114: tensor<64x128xf32> {tf.aliasing_output = 114 : i32}, %arg115: tensor<64xf32> {tf.aliasing_output = 115 : i32}, %arg116: tensor<64xf32> {tf.aliasing_output = 116 : i32}, %arg117: tensor<64xf32> {tf.aliasing_output = 117 : i32}, %arg118: tensor<5x64xf32> {tf.aliasing_output = 118 : i32}, %arg119: tensor<5xf32> {tf.aliasing_output = 119 : i32}, %arg120: tensor<i32> {tf.aliasing_output = 120 : i32}, %arg121: tensor<2x32x32x3xui8>, %arg122: tensor<2xi32>, %arg123: tensor<2xui64>) -> (tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) {
    %0 = "stablehlo.convert"(%arg121) : (tensor<2x32x32x3xui8>) -> tensor<2x32x32x3xf32>
    %1 = stablehlo.constant dense<3.92156862745098e-3> : tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32x3xf32>
    %3 = stablehlo.multiply %0, %2 : tensor<2x32x32x3xf32>
    %4 = "stablehlo.convert"(%arg120) : (tensor<i32>) -> tensor<ui64>
    %5 = stablehlo.constant dense<1> : tensor<ui64>
    %6 = stablehlo.add %4, %5 : tensor<ui64>
    %7 = stablehlo.constant dense<11400714819323198485> : tensor<ui64>
    %8 = stablehlo.multiply %6, %7 : tensor<ui64>
    %9 = stablehlo.constant dense<29> : tensor<ui64>
    %10 = stablehlo.shift_right_logical %8, %9 : tensor<ui64>
    %11 = stablehlo.xor %8, %10 : tensor<ui64>
    %12 = "stablehlo.reshape"(%11) : (tensor<ui64>) -> tensor<1xui64>
    %13 = stablehlo.constant dense<0> : tensor<ui64>
    %14 = "stablehlo.broadcast_in_dim"(%13) {broadcast_dimensions = array<i64>} : (tensor<ui64>) -> tensor<1xui64>
    %15 = "stablehlo.concatenate"(%12, %14) {dimension = 0 : i64} : (tensor<1xui64>, tensor<1xui64>) -> tensor<2xui64>
    %16 = stablehlo.xor %arg123, %15 : tensor<2xui64>
    %17:2 = "stablehlo.rng_bit_generator"(%16) {rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>} : (tensor<2xui64>) -> (tensor<2xui64>, tensor<2x7xui32>)
    %18 = stablehlo.constant dense<9> : tensor<ui32>
    %19 = "stablehlo.broadcast_in_dim"(%18) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2x7xui32>
    %20 = stablehlo.shift_right_logical %17#1, %19 : tensor<2x7xui32>
    %21 = stablehlo.constant dense<1065353216> : tensor<ui32>
    %22 = "stablehlo.broadcast_in_dim"(%21) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2x7xui32>
    %23 = stablehlo.or %20, %22 : tensor<2x7xui32>
    %24 = "stablehlo.bitcast_convert"(%23) : (tensor<2x7xui32>) -> tensor<2x7xf32>
    %25 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %26 = "stablehlo.broadcast_in_dim"(%25) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x7xf32>
    %27 = stablehlo.subtract %24, %26 : tensor<2x7xf32>
    %28 = "stablehlo.slice"(%27) {limit_indices = array<i64: 2, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<2x7xf32>) -> tensor<2x1xf32>
    %29 = "stablehlo.reshape"(%28) : (tensor<2x1xf32>) -> tensor<2xf32>
    %30 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %31 = "stablehlo.broadcast_in_dim"(%30) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %32 = "stablehlo.compare"(%29, %31) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
    %33 = stablehlo.constant dense<3.2e1> : tensor<f32>
    %34 = "stablehlo.broadcast_in_dim"(%33) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %35 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %36 = "stablehlo.broadcast_in_dim"(%35) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %37 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x32x32xf32>
    %38 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<2x32x32xf32>
    %39 = stablehlo.constant dense<3.125e-2> : tensor<f32>
    %40 = "stablehlo.broadcast_in_dim"(%39) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %41 = stablehlo.multiply %34, %40 : tensor<2xf32>
    %42 = "stablehlo.reshape"(%41) : (tensor<2xf32>) -> tensor<2x1x1xf32>
    %43 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %44 = "stablehlo.broadcast_in_dim"(%43) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %45 = stablehlo.add %37, %44 : tensor<2x32x32xf32>
    %46 = "stablehlo.reshape"(%42) : (tensor<2x1x1xf32>) -> tensor<2xf32>
    %47 = "stablehlo.broadcast_in_dim"(%46) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32xf32>
    %48 = stablehlo.multiply %45, %47 : tensor<2x32x32xf32>
    %49 = "stablehlo.reshape"(%36) : (tensor<2xf32>) -> tensor<2x1x1xf32>
    %50 = "stablehlo.reshape"(%49) : (tensor<2x1x1xf32>) -> tensor<2xf32>
    %51 = "stablehlo.broadcast_in_dim"(%50) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32xf32>
    %52 = stablehlo.add %51, %48 : tensor<2x32x32xf32>
    %53 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %54 = "stablehlo.broadcast_in_dim"(%53) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %55 = stablehlo.add %52, %54 : tensor<2x32x32xf32>
    %56 = stablehlo.add %36, %34 : tensor<2xf32>
    %57 = "stablehlo.reshape"(%56) : (tensor<2xf32>) -> tensor<2x1x1xf32>
    %58 = "stablehlo.reshape"(%57) : (tensor<2x1x1xf32>) -> tensor<2xf32>
    %59 = "stablehlo.broadcast_in_dim"(%58) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32xf32>
    %60 = stablehlo.subtract %59, %48 : tensor<2x32x32xf32>
    %61 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %62 = "stablehlo.broadcast_in_dim"(%61) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %63 = stablehlo.add %60, %62 : tensor<2x32x32xf32>
    %64 = "stablehlo.reshape"(%32) : (tensor<2xi1>) -> tensor<2x1x1xi1>
    %65 = "stablehlo.reshape"(%64) : (tensor<2x1x1xi1>) -> tensor<2xi1>
    %66 = "stablehlo.broadcast_in_dim"(%65) {broadcast_dimensions = array<i64: 0>} : (tensor<2xi1>) -> tensor<2x32x32xi1>
    %67 = "stablehlo.select"(%66, %63, %55) : (tensor<2x32x32xi1>, tensor<2x32x32xf32>, tensor<2x32x32xf32>) -> tensor<2x32x32xf32>
    %68 = stablehlo.subtract %67, %38 : tensor<2x32x32xf32>
    %69 = stablehlo.abs %68 : tensor<2x32x32xf32>
    %70 = stablehlo.negate %69 : tensor<2x32x32xf32>
    %71 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %72 = "stablehlo.broadcast_in_dim"(%71) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %73 = stablehlo.add %70, %72 : tensor<2x32x32xf32>
    %74 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %75 = "stablehlo.broadcast_in_dim"(%74) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %76 = stablehlo.maximum %73, %75 : tensor<2x32x32xf32>
    %77 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %78 = "stablehlo.reduce"(%76, %77) ({
    ^bb0(%79: tensor<f32>, %80: tensor<f32>):
      %81 = stablehlo.add %79, %80 : tensor<f32>
      "stablehlo.return"(%81) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x32x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %82 = "stablehlo.reshape"(%78) : (tensor<2x32xf32>) -> tensor<2x32x1xf32>
    %83 = "stablehlo.reshape"(%82) : (tensor<2x32x1xf32>) -> tensor<2x32xf32>
    %84 = "stablehlo.broadcast_in_dim"(%83) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x32xf32>) -> tensor<2x32x32xf32>
    %85 = stablehlo.divide %76, %84 : tensor<2x32x32xf32>
    %86 = "stablehlo.dot_general"(%3, %85) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x32x32x3xf32>, tensor<2x32x32xf32>) -> tensor<2x32x3x32xf32>
    %87 = "stablehlo.transpose"(%86) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x32x3x32xf32>) -> tensor<2x32x32x3xf32>
    %88 = "stablehlo.slice"(%27) {limit_indices = array<i64: 2, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<2x7xf32>) -> tensor<2x1xf32>
    %89 = "stablehlo.reshape"(%88) : (tensor<2x1xf32>) -> tensor<2xf32>
    %90 = stablehlo.constant dense<4.0e-1> : tensor<f32>
    %91 = "stablehlo.broadcast_in_dim"(%90) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %92 = stablehlo.multiply %89, %91 : tensor<2xf32>
    %93 = stablehlo.constant dense<8.0e-1> : tensor<f32>
    %94 = "stablehlo.broadcast_in_dim"(%93) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %95 = stablehlo.add %92, %94 : tensor<2xf32>
    %96 = "stablehlo.reshape"(%95) : (tensor<2xf32>) -> tensor<2x1x1x1xf32>
    %97 = "stablehlo.reshape"(%96) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %98 = "stablehlo.broadcast_in_dim"(%97) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %99 = stablehlo.multiply %87, %98 : tensor<2x32x32x3xf32>
    %100 = "stablehlo.slice"(%27) {limit_indices = array<i64: 2, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<2x7xf32>) -> tensor<2x1xf32>
    %101 = "stablehlo.reshape"(%100) : (tensor<2x1xf32>) -> tensor<2xf32>
    %102 = stablehlo.constant dense<4.0e-1> : tensor<f32>
    %103 = "stablehlo.broadcast_in_dim"(%102) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %104 = stablehlo.multiply %101, %103 : tensor<2xf32>
    %105 = stablehlo.constant dense<8.0e-1> : tensor<f32>
    %106 = "stablehlo.broadcast_in_dim"(%105) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %107 = stablehlo.add %104, %106 : tensor<2xf32>
    %108 = "stablehlo.reshape"(%107) : (tensor<2xf32>) -> tensor<2x1x1x1xf32>
    %109 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %110 = "stablehlo.reduce"(%99, %109) ({
    ^bb0(%111: tensor<f32>, %112: tensor<f32>):
      %113 = stablehlo.add %111, %112 : tensor<f32>
      "stablehlo.return"(%113) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2, 3>} : (tensor<2x32x32x3xf32>, tensor<f32>) -> tensor<2xf32>
    %114 = stablehlo.constant dense<3.255208333333333e-4> : tensor<f32>
    %115 = "stablehlo.broadcast_in_dim"(%114) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %116 = stablehlo.multiply %110, %115 : tensor<2xf32>
    %117 = "stablehlo.reshape"(%116) : (tensor<2xf32>) -> tensor<2x1x1x1xf32>
    %118 = "stablehlo.reshape"(%117) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %119 = "stablehlo.broadcast_in_dim"(%118) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %120 = stablehlo.subtract %99, %119 : tensor<2x32x32x3xf32>
    %121 = "stablehlo.reshape"(%108) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %122 = "stablehlo.broadcast_in_dim"(%121) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %123 = stablehlo.multiply %120, %122 : tensor<2x32x32x3xf32>
    %124 = "stablehlo.reshape"(%117) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %125 = "stablehlo.broadcast_in_dim"(%124) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %126 = stablehlo.add %123, %125 : tensor<2x32x32x3xf32>
    %127 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %128 = "stablehlo.broadcast_in_dim"(%127) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32x3xf32>
    %129 = stablehlo.maximum %126, %128 : tensor<2x32x32x3xf32>
    %130 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %131 = "stablehlo.broadcast_in_dim"(%130) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32x3xf32>
    %132 = stablehlo.minimum %129, %131 : tensor<2x32x32x3xf32>
    %133 = stablehlo.constant dense<[5.0e-1, 5.0e-1, 5.0e-1]> : tensor<3xf32>
    %134 = stablehlo.constant dense<[5.0e-1, 5.0e-1, 5.0e-1]> : tensor<3xf32>
    %135 = "stablehlo.broadcast_in_dim"(%133) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<2x32x32x3xf32>
    %136 = stablehlo.subtract %132, %135 : tensor<2x32x32x3xf32>
    %137 = "stablehlo.broadcast_in_dim"(%134) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<2x32x32x3xf32>
    %138 = stablehlo.divide %136, %137 : tensor<2x32x32x3xf32>
    %139 = "stablehlo.reshape"(%138) : (tensor<2x32x32x3xf32>) -> tensor<2x4x8x4x8x3xf32>
    %140 = "stablehlo.transpose"(%139) {permutation = array<i64: 0, 1, 3, 5, 2, 4>} : (tensor<2x4x8x4x8x3xf32>) -> tensor<2x4x4x3x8x8xf32>
    %141 = "stablehlo.reshape"(%140) : (tensor<2x4x4x3x8x8xf32>) -> tensor<2x16x192xf32>
    %142 = "stablehlo.reshape"(%arg2) : (tensor<64x3x8x8xf32>) -> tensor<64x192xf32>
    %143 = "stablehlo.dot_general"(%141, %142) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x16x192xf32>, tensor<64x192xf32>) -> tensor<2x16x64xf32>
    %144 = "stablehlo.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x16x64xf32>
    %145 = stablehlo.add %143, %144 : tensor<2x16x64xf32>
    %146 = "stablehlo.reshape"(%arg0) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %147 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64: 1, 2>} : (tensor<1x64xf32>) -> tensor<2x1x64xf32>
    %148 = "stablehlo.concatenate"(%147, %145) {dimension = 1 : i64} : (tensor<2x1x64xf32>, tensor<2x16x64xf32>) -> tensor<2x17x64xf32>
    %149 = "stablehlo.reshape"(%arg1) : (tensor<1x17x64xf32>) -> tensor<17x64xf32>
    %150 = "stablehlo.broadcast_in_dim"(%149) {broadcast_dimensions = array<i64: 1, 2>} : (tensor<17x64xf32>) -> tensor<2x17x64xf32>
    %151 = stablehlo.add %148, %150 : tensor<2x17x64xf32>
    %152 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %153 = "stablehlo.reduce"(%151, %152) ({
    ^bb0(%154: tensor<f32>, %155: tensor<f32>):
      %156 = stablehlo.add %154, %155 : tensor<f32>
      "stablehlo.return"(%156) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %157 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %158 = "stablehlo.broadcast_in_dim"(%157) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %159 = stablehlo.multiply %153, %158 : tensor<2x17xf32>
    %160 = "stablehlo.reshape"(%159) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %161 = "stablehlo.reshape"(%160) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %162 = "stablehlo.broadcast_in_dim"(%161) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %163 = stablehlo.subtract %151, %162 : tensor<2x17x64xf32>
    %164 = stablehlo.multiply %163, %163 : tensor<2x17x64xf32>
    %165 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %166 = "stablehlo.reduce"(%164, %165) ({
    ^bb0(%167: tensor<f32>, %168: tensor<f32>):
      %169 = stablehlo.add %167, %168 : tensor<f32>
      "stablehlo.return"(%169) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %170 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %171 = "stablehlo.broadcast_in_dim"(%170) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %172 = stablehlo.multiply %166, %171 : tensor<2x17xf32>
    %173 = "stablehlo.reshape"(%172) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %174 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %175 = "stablehlo.broadcast_in_dim"(%174) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %176 = stablehlo.add %173, %175 : tensor<2x17x1xf32>
    %177 = stablehlo.rsqrt %176 : tensor<2x17x1xf32>
    %178 = "stablehlo.reshape"(%177) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %179 = "stablehlo.broadcast_in_dim"(%178) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %180 = stablehlo.multiply %163, %179 : tensor<2x17x64xf32>
    %181 = "stablehlo.broadcast_in_dim"(%arg4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<2x17x64xf32>
    %183 = "stablehlo.broadcast_in_dim"(%arg5) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %184 = stablehlo.add %182, %183 : tensor<2x17x64xf32>
    %185 = "stablehlo.dot_general"(%184, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %186 = "stablehlo.broadcast_in_dim"(%arg7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %187 = stablehlo.add %185, %186 : tensor<2x17x64xf32>
    %188 = "stablehlo.reshape"(%187) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %189 = "stablehlo.transpose"(%188) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %190 = "stablehlo.dot_general"(%184, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %191 = "stablehlo.broadcast_in_dim"(%arg9) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %192 = stablehlo.add %190, %191 : tensor<2x17x64xf32>
    %193 = "stablehlo.reshape"(%192) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %194 = "stablehlo.transpose"(%193) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %195 = "stablehlo.dot_general"(%184, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %196 = "stablehlo.broadcast_in_dim"(%arg11) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %197 = stablehlo.add %195, %196 : tensor<2x17x64xf32>
    %198 = "stablehlo.reshape"(%197) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %199 = "stablehlo.transpose"(%198) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %200 = "stablehlo.dot_general"(%189, %194) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %201 = stablehlo.constant dense<2.5e-1> : tensor<f32>
    %202 = "stablehlo.broadcast_in_dim"(%201) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4x17x17xf32>
    %203 = stablehlo.multiply %200, %202 : tensor<2x4x17x17xf32>
    %204 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %205 = "stablehlo.reduce"(%203, %204) ({
    ^bb0(%206: tensor<f32>, %207: tensor<f32>):
      %208 = stablehlo.maximum %206, %207 : tensor<f32>
      "stablehlo.return"(%208) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %209 = "stablehlo.reshape"(%205) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %210 = "stablehlo.reshape"(%209) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %211 = "stablehlo.broadcast_in_dim"(%210) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %212 = stablehlo.subtract %203, %211 : tensor<2x4x17x17xf32>
    %213 = stablehlo.exponential %212 : tensor<2x4x17x17xf32>
    %214 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %215 = "stablehlo.reduce"(%213, %214) ({
    ^bb0(%216: tensor<f32>, %217: tensor<f32>):
      %218 = stablehlo.add %216, %217 : tensor<f32>
      "stablehlo.return"(%218) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %219 = "stablehlo.reshape"(%215) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %220 = "stablehlo.reshape"(%219) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %221 = "stablehlo.broadcast_in_dim"(%220) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %222 = stablehlo.divide %213, %221 : tensor<2x4x17x17xf32>
    %223 = "stablehlo.dot_general"(%222, %199) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %224 = "stablehlo.transpose"(%223) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %225 = "stablehlo.reshape"(%224) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %226 = "stablehlo.dot_general"(%225, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %227 = "stablehlo.broadcast_in_dim"(%arg13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %228 = stablehlo.add %226, %227 : tensor<2x17x64xf32>
    %229 = stablehlo.add %151, %228 : tensor<2x17x64xf32>
    %230 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %231 = "stablehlo.reduce"(%229, %230) ({
    ^bb0(%232: tensor<f32>, %233: tensor<f32>):
      %234 = stablehlo.add %232, %233 : tensor<f32>
      "stablehlo.return"(%234) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %235 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %236 = "stablehlo.broadcast_in_dim"(%235) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %237 = stablehlo.multiply %231, %236 : tensor<2x17xf32>
    %238 = "stablehlo.reshape"(%237) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %239 = "stablehlo.reshape"(%238) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %240 = "stablehlo.broadcast_in_dim"(%239) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %241 = stablehlo.subtract %229, %240 : tensor<2x17x64xf32>
    %242 = stablehlo.multiply %241, %241 : tensor<2x17x64xf32>
    %243 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %244 = "stablehlo.reduce"(%242, %243) ({
    ^bb0(%245: tensor<f32>, %246: tensor<f32>):
      %247 = stablehlo.add %245, %246 : tensor<f32>
      "stablehlo.return"(%247) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %248 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %249 = "stablehlo.broadcast_in_dim"(%248) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %250 = stablehlo.multiply %244, %249 : tensor<2x17xf32>
    %251 = "stablehlo.reshape"(%250) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %252 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %253 = "stablehlo.broadcast_in_dim"(%252) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %254 = stablehlo.add %251, %253 : tensor<2x17x1xf32>
    %255 = stablehlo.rsqrt %254 : tensor<2x17x1xf32>
    %256 = "stablehlo.reshape"(%255) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %257 = "stablehlo.broadcast_in_dim"(%256) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %258 = stablehlo.multiply %241, %257 : tensor<2x17x64xf32>
    %259 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<2x17x64xf32>
    %261 = "stablehlo.broadcast_in_dim"(%arg15) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %262 = stablehlo.add %260, %261 : tensor<2x17x64xf32>
    %263 = "stablehlo.dot_general"(%262, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<128x64xf32>) -> tensor<2x17x128xf32>
    %264 = "stablehlo.broadcast_in_dim"(%arg17) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<2x17x128xf32>
    %265 = stablehlo.add %263, %264 : tensor<2x17x128xf32>
    %266 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %267 = "stablehlo.broadcast_in_dim"(%266) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %268 = stablehlo.multiply %265, %267 : tensor<2x17x128xf32>
    %269 = "chlo.erf"(%268) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %270 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %271 = "stablehlo.broadcast_in_dim"(%270) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %272 = stablehlo.add %269, %271 : tensor<2x17x128xf32>
    %273 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %274 = "stablehlo.broadcast_in_dim"(%273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %275 = stablehlo.multiply %272, %274 : tensor<2x17x128xf32>
    %276 = stablehlo.multiply %265, %275 : tensor<2x17x128xf32>
    %277 = "stablehlo.dot_general"(%276, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x128xf32>, tensor<64x128xf32>) -> tensor<2x17x64xf32>
    %278 = "stablehlo.broadcast_in_dim"(%arg19) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %279 = stablehlo.add %277, %278 : tensor<2x17x64xf32>
    %280 = stablehlo.add %229, %279 : tensor<2x17x64xf32>
    %281 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %282 = "stablehlo.reduce"(%280, %281) ({
    ^bb0(%283: tensor<f32>, %284: tensor<f32>):
      %285 = stablehlo.add %283, %284 : tensor<f32>
      "stablehlo.return"(%285) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %286 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %287 = "stablehlo.broadcast_in_dim"(%286) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %288 = stablehlo.multiply %282, %287 : tensor<2x17xf32>
    %289 = "stablehlo.reshape"(%288) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %290 = "stablehlo.reshape"(%289) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %291 = "stablehlo.broadcast_in_dim"(%290) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %292 = stablehlo.subtract %280, %291 : tensor<2x17x64xf32>
    %293 = stablehlo.multiply %292, %292 : tensor<2x17x64xf32>
    %294 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %295 = "stablehlo.reduce"(%293, %294) ({
    ^bb0(%296: tensor<f32>, %297: tensor<f32>):
      %298 = stablehlo.add %296, %297 : tensor<f32>
      "stablehlo.return"(%298) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %299 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %300 = "stablehlo.broadcast_in_dim"(%299) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %301 = stablehlo.multiply %295, %300 : tensor<2x17xf32>
    %302 = "stablehlo.reshape"(%301) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %303 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %304 = "stablehlo.broadcast_in_dim"(%303) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %305 = stablehlo.add %302, %304 : tensor<2x17x1xf32>
    %306 = stablehlo.rsqrt %305 : tensor<2x17x1xf32>
    %307 = "stablehlo.reshape"(%306) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %308 = "stablehlo.broadcast_in_dim"(%307) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %309 = stablehlo.multiply %292, %308 : tensor<2x17x64xf32>
    %310 = "stablehlo.broadcast_in_dim"(%arg20) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %311 = stablehlo.multiply %309, %310 : tensor<2x17x64xf32>
    %312 = "stablehlo.broadcast_in_dim"(%arg21) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %313 = stablehlo.add %311, %312 : tensor<2x17x64xf32>
    %314 = "stablehlo.dot_general"(%313, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %315 = "stablehlo.broadcast_in_dim"(%arg23) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %316 = stablehlo.add %314, %315 : tensor<2x17x64xf32>
    %317 = "stablehlo.reshape"(%316) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %318 = "stablehlo.transpose"(%317) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %319 = "stablehlo.dot_general"(%313, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %320 = "stablehlo.broadcast_in_dim"(%arg25) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %321 = stablehlo.add %319, %320 : tensor<2x17x64xf32>
    %322 = "stablehlo.reshape"(%321) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %323 = "stablehlo.transpose"(%322) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %324 = "stablehlo.dot_general"(%313, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %325 = "stablehlo.broadcast_in_dim"(%arg27) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %326 = stablehlo.add %324, %325 : tensor<2x17x64xf32>
    %327 = "stablehlo.reshape"(%326) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %328 = "stablehlo.transpose"(%327) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %329 = "stablehlo.dot_general"(%318, %323) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %330 = stablehlo.constant dense<2.5e-1> : tensor<f32>
    %331 = "stablehlo.broadcast_in_dim"(%330) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4x17x17xf32>
    %332 = stablehlo.multiply %329, %331 : tensor<2x4x17x17xf32>
    %333 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %334 = "stablehlo.reduce"(%332, %333) ({
    ^bb0(%335: tensor<f32>, %336: tensor<f32>):
      %337 = stablehlo.maximum %335, %336 : tensor<f32>
      "stablehlo.return"(%337) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %338 = "stablehlo.reshape"(%334) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %339 = "stablehlo.reshape"(%338) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %340 = "stablehlo.broadcast_in_dim"(%339) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %341 = stablehlo.subtract %332, %340 : tensor<2x4x17x17xf32>
    %342 = stablehlo.exponential %341 : tensor<2x4x17x17xf32>
    %343 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %344 = "stablehlo.reduce"(%342, %343) ({
    ^bb0(%345: tensor<f32>, %346: tensor<f32>):
      %347 = stablehlo.add %345, %346 : tensor<f32>
      "stablehlo.return"(%347) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %348 = "stablehlo.reshape"(%344) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %349 = "stablehlo.reshape"(%348) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %350 = "stablehlo.broadcast_in_dim"(%349) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %351 = stablehlo.divide %342, %350 : tensor<2x4x17x17xf32>
    %352 = "stablehlo.dot_general"(%351, %328) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %353 = "stablehlo.transpose"(%352) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %354 = "stablehlo.reshape"(%353) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %355 = "stablehlo.dot_general"(%354, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %356 = "stablehlo.broadcast_in_dim"(%arg29) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %357 = stablehlo.add %355, %356 : tensor<2x17x64xf32>
    %358 = stablehlo.add %280, %357 : tensor<2x17x64xf32>
    %359 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %360 = "stablehlo.reduce"(%358, %359) ({
    ^bb0(%361: tensor<f32>, %362: tensor<f32>):
      %363 = stablehlo.add %361, %362 : tensor<f32>
      "stablehlo.return"(%363) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %364 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %365 = "stablehlo.broadcast_in_dim"(%364) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %366 = stablehlo.multiply %360, %365 : tensor<2x17xf32>
    %367 = "stablehlo.reshape"(%366) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %368 = "stablehlo.reshape"(%367) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %369 = "stablehlo.broadcast_in_dim"(%368) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %370 = stablehlo.subtract %358, %369 : tensor<2x17x64xf32>
    %371 = stablehlo.multiply %370, %370 : tensor<2x17x64xf32>
    %372 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %373 = "stablehlo.reduce"(%371, %372) ({
    ^bb0(%374: tensor<f32>, %375: tensor<f32>):
      %376 = stablehlo.add %374, %375 : tensor<f32>
      "stablehlo.return"(%376) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %377 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %378 = "stablehlo.broadcast_in_dim"(%377) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %379 = stablehlo.multiply %373, %378 : tensor<2x17xf32>
    %380 = "stablehlo.reshape"(%379) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %381 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %382 = "stablehlo.broadcast_in_dim"(%381) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %383 = stablehlo.add %380, %382 : tensor<2x17x1xf32>
    %384 = stablehlo.rsqrt %383 : tensor<2x17x1xf32>
    %385 = "stablehlo.reshape"(%384) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %386 = "stablehlo.broadcast_in_dim"(%385) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %387 = stablehlo.multiply %370, %386 : tensor<2x17x64xf32>
    %388 = "stablehlo.broadcast_in_dim"(%arg30) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %389 = stablehlo.multiply %387, %388 : tensor<2x17x64xf32>
    %390 = "stablehlo.broadcast_in_dim"(%arg31) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %391 = stablehlo.add %389, %390 : tensor<2x17x64xf32>
    %392 = "stablehlo.dot_general"(%391, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<128x64xf32>) -> tensor<2x17x128xf32>
    %393 = "stablehlo.broadcast_in_dim"(%arg33) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<2x17x128xf32>
    %394 = stablehlo.add %392, %393 : tensor<2x17x128xf32>
    %395 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %396 = "stablehlo.broadcast_in_dim"(%395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %397 = stablehlo.multiply %394, %396 : tensor<2x17x128xf32>
    %398 = "chlo.erf"(%397) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %399 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %400 = "stablehlo.broadcast_in_dim"(%399) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %401 = stablehlo.add %398, %400 : tensor<2x17x128xf32>
    %402 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %403 = "stablehlo.broadcast_in_dim"(%402) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %404 = stablehlo.multiply %401, %403 : tensor<2x17x128xf32>
    %405 = stablehlo.multiply %394, %404 : tensor<2x17x128xf32>
    %406 = "stablehlo.dot_general"(%405, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x128xf32>, tensor<64x128xf32>) -> tensor<2x17x64xf32>
    %407 = "stablehlo.broadcast_in_dim"(%arg35) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %408 = stablehlo.add %406, %407 : tensor<2x17x64xf32>
    %409 = stablehlo.add %358, %408 : tensor<2x17x64xf32>
    %410 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %411 = "stablehlo.reduce"(%409, %410) ({
    ^bb0(%412: tensor<f32>, %413: tensor<f32>):
      %414 = stablehlo.add %412, %413 : tensor<f32>
      "stablehlo.return"(%414) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %415 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %416 = "stablehlo.broadcast_in_dim"(%415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %417 = stablehlo.multiply %411, %416 : tensor<2x17xf32>
    %418 = "stablehlo.reshape"(%417) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %419 = "stablehlo.reshape"(%418) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %420 = "stablehlo.broadcast_in_dim"(%419) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %421 = stablehlo.subtract %409, %420 : tensor<2x17x64xf32>
    %422 = stablehlo.multiply %421, %421 : tensor<2x17x64xf32>
    %423 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %424 = "stablehlo.reduce"(%422, %423) ({
    ^bb0(%425: tensor<f32>, %426: tensor<f32>):
      %427 = stablehlo.add %425, %426 : tensor<f32>
      "stablehlo.return"(%427) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %428 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %429 = "stablehlo.broadcast_in_dim"(%428) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %430 = stablehlo.multiply %424, %429 : tensor<2x17xf32>
    %431 = "stablehlo.reshape"(%430) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %432 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %433 = "stablehlo.broadcast_in_dim"(%432) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %434 = stablehlo.add %431, %433 : tensor<2x17x1xf32>
    %435 = stablehlo.rsqrt %434 : tensor<2x17x1xf32>
    %436 = "stablehlo.reshape"(%435) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %437 = "stablehlo.broadcast_in_dim"(%436) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %438 = stablehlo.multiply %421, %437 : tensor<2x17x64xf32>
    %439 = "stablehlo.broadcast_in_dim"(%arg36) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %440 = stablehlo.multiply %438, %439 : tensor<2x17x64xf32>
    %441 = "stablehlo.broadcast_in_dim"(%arg37) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %442 = stablehlo.add %440, %441 : tensor<2x17x64xf32>
    %443 = "stablehlo.slice"(%442) {limit_indices = array<i64: 2, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x1x64xf32>
    %444 = "stablehlo.reshape"(%443) : (tensor<2x1x64xf32>) -> tensor<2x64xf32>
    %445 = "stablehlo.dot_general"(%444, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<2x64xf32>, tensor<5x64xf32>) -> tensor<2x5xf32>
    %446 = "stablehlo.broadcast_in_dim"(%arg39) {broadcast_dimensions = array<i64: 1>} : (tensor<5xf32>) -> tensor<2x5xf32>
    %447 = stablehlo.add %445, %446 : tensor<2x5xf32>
    %448 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x5xi32>
    %449 = "stablehlo.broadcast_in_dim"(%arg122) {broadcast_dimensions = array<i64: 0>} : (tensor<2xi32>) -> tensor<2x5xi32>
    %450 = "stablehlo.compare"(%448, %449) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x5xi32>, tensor<2x5xi32>) -> tensor<2x5xi1>
    %451 = "stablehlo.convert"(%450) : (tensor<2x5xi1>) -> tensor<2x5xf32>
    %452 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %453 = "stablehlo.reduce"(%447, %452) ({
    ^bb0(%454: tensor<f32>, %455: tensor<f32>):
      %456 = stablehlo.maximum %454, %455 : tensor<f32>
      "stablehlo.return"(%456) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %457 = "stablehlo.reshape"(%453) : (tensor<2xf32>) -> tensor<2x1xf32>
    %458 = "stablehlo.reshape"(%457) : (tensor<2x1xf32>) -> tensor<2xf32>
    %459 = "stablehlo.broadcast_in_dim"(%458) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %460 = stablehlo.subtract %447, %459 : tensor<2x5xf32>
    %461 = stablehlo.exponential %460 : tensor<2x5xf32>
    %462 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %463 = "stablehlo.reduce"(%461, %462) ({
    ^bb0(%464: tensor<f32>, %465: tensor<f32>):
      %466 = stablehlo.add %464, %465 : tensor<f32>
      "stablehlo.return"(%466) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %467 = "stablehlo.reshape"(%463) : (tensor<2xf32>) -> tensor<2x1xf32>
    %468 = stablehlo.log %467 : tensor<2x1xf32>
    %469 = "stablehlo.reshape"(%468) : (tensor<2x1xf32>) -> tensor<2xf32>
    %470 = "stablehlo.broadcast_in_dim"(%469) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %471 = stablehlo.subtract %460, %470 : tensor<2x5xf32>
    %472 = stablehlo.multiply %471, %451 : tensor<2x5xf32>
    %473 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %474 = "stablehlo.reduce"(%472, %473) ({
    ^bb0(%475: tensor<f32>, %476: tensor<f32>):
      %477 = stablehlo.add %475, %476 : tensor<f32>
      "stablehlo.return"(%477) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %478 = stablehlo.negate %474 : tensor<2xf32>
    %479 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %480 = "stablehlo.reduce"(%478, %479) ({
    ^bb0(%481: tensor<f32>, %482: tensor<f32>):
      %483 = stablehlo.add %481, %482 : tensor<f32>
      "stablehlo.return"(%483) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %484 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %485 = stablehlo.multiply %480, %484 : tensor<f32>
    %486 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x5xi32>
    %487 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %488 = stablehlo.constant dense<0> : tensor<i32>
    %489:2 = "stablehlo.reduce"(%447, %486, %487, %488) ({
    ^bb0(%490: tensor<f32>, %491: tensor<i32>, %492: tensor<f32>, %493: tensor<i32>):
      %494 = "stablehlo.compare"(%490, %490) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %495 = "stablehlo.compare"(%492, %492) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %496 = "stablehlo.compare"(%491, %493) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %497 = stablehlo.not %495 : tensor<i1>
      %498 = stablehlo.and %494, %497 : tensor<i1>
      %499 = stablehlo.and %494, %495 : tensor<i1>
      %500 = stablehlo.and %499, %496 : tensor<i1>
      %501 = stablehlo.or %498, %500 : tensor<i1>
      %502 = "stablehlo.compare"(%490, %492) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %503 = stablehlo.or %501, %502 : tensor<i1>
      %504 = "stablehlo.compare"(%490, %492) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %505 = stablehlo.and %504, %496 : tensor<i1>
      %506 = stablehlo.or %503, %505 : tensor<i1>
      %507 = "stablehlo.select"(%506, %490, %492) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %508 = "stablehlo.select"(%506, %491, %493) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%507, %508) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<2x5xi32>, tensor<f32>, tensor<i32>) -> (tensor<2xf32>, tensor<2xi32>)
    %509 = "stablehlo.compare"(%489#1, %arg122) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %510 = "stablehlo.convert"(%509) : (tensor<2xi1>) -> tensor<2xf32>
    %511 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %512 = "stablehlo.reduce"(%510, %511) ({
    ^bb0(%513: tensor<f32>, %514: tensor<f32>):
      %515 = stablehlo.add %513, %514 : tensor<f32>
      "stablehlo.return"(%515) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %516 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %517 = "stablehlo.broadcast_in_dim"(%516) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %518 = stablehlo.multiply %517, %484 : tensor<f32>
    %519 = "stablehlo.broadcast_in_dim"(%518) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %520 = stablehlo.negate %519 : tensor<2xf32>
    %521 = "stablehlo.broadcast_in_dim"(%520) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %522 = stablehlo.multiply %521, %451 : tensor<2x5xf32>
    %523 = stablehlo.negate %522 : tensor<2x5xf32>
    %524 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %525 = "stablehlo.reduce"(%523, %524) ({
    ^bb0(%526: tensor<f32>, %527: tensor<f32>):
      %528 = stablehlo.add %526, %527 : tensor<f32>
      "stablehlo.return"(%528) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %529 = "stablehlo.reshape"(%525) : (tensor<2xf32>) -> tensor<2x1xf32>
    %530 = stablehlo.divide %529, %467 : tensor<2x1xf32>
    %531 = "stablehlo.reshape"(%530) : (tensor<2x1xf32>) -> tensor<2xf32>
    %532 = "stablehlo.broadcast_in_dim"(%531) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %533 = stablehlo.multiply %532, %461 : tensor<2x5xf32>
    %534 = stablehlo.add %522, %533 : tensor<2x5xf32>
    %535 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %536 = "stablehlo.reduce"(%534, %535) ({
    ^bb0(%537: tensor<f32>, %538: tensor<f32>):
      %539 = stablehlo.add %537, %538 : tensor<f32>
      "stablehlo.return"(%539) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<5xf32>
    %540 = "stablehlo.dot_general"(%534, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x5xf32>, tensor<5x64xf32>) -> tensor<2x64xf32>
    %541 = "stablehlo.dot_general"(%534, %444) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x5xf32>, tensor<2x64xf32>) -> tensor<5x64xf32>
    %542 = "stablehlo.reshape"(%540) : (tensor<2x64xf32>) -> tensor<2x1x64xf32>
    %543 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %544 = "stablehlo.pad"(%542, %543) {edge_padding_high = array<i64: 0, 16, 0>, edge_padding_low = array<i64: 0, 0, 0>, interior_padding = array<i64: 0, 0, 0>} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x17x64xf32>
    %545 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %546 = "stablehlo.reduce"(%409, %545) ({
    ^bb0(%547: tensor<f32>, %548: tensor<f32>):
      %549 = stablehlo.add %547, %548 : tensor<f32>
      "stablehlo.return"(%549) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %550 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %551 = "stablehlo.broadcast_in_dim"(%550) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %552 = stablehlo.multiply %546, %551 : tensor<2x17xf32>
    %553 = "stablehlo.reshape"(%552) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %554 = "stablehlo.reshape"(%553) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %555 = "stablehlo.broadcast_in_dim"(%554) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %556 = stablehlo.subtract %409, %555 : tensor<2x17x64xf32>
    %557 = stablehlo.multiply %556, %556 : tensor<2x17x64xf32>
    %558 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %559 = "stablehlo.reduce"(%557, %558) ({
    ^bb0(%560: tensor<f32>, %561: tensor<f32>):
      %562 = stablehlo.add %560, %561 : tensor<f32>
      "stablehlo.return"(%562) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %563 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %564 = "stablehlo.broadcast_in_dim"(%563) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %565 = stablehlo.multiply %559, %564 : tensor<2x17xf32>
    %566 = "stablehlo.reshape"(%565) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %567 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %568 = "stablehlo.broadcast_in_dim"(%567) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %569 = stablehlo.add %566, %568 : tensor<2x17x1xf32>
    %570 = stablehlo.rsqrt %569 : tensor<2x17x1xf32>
    %571 = "stablehlo.reshape"(%570) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %572 = "stablehlo.broadcast_in_dim"(%571) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %573 = stablehlo.multiply %556, %572 : tensor<2x17x64xf32>
    %574 = "stablehlo.broadcast_in_dim"(%arg36) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %575 = stablehlo.multiply %544, %574 : tensor<2x17x64xf32>
    %576 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %577 = "stablehlo.reduce"(%575, %576) ({
    ^bb0(%578: tensor<f32>, %579: tensor<f32>):
      %580 = stablehlo.add %578, %579 : tensor<f32>
      "stablehlo.return"(%580) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %581 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %582 = "stablehlo.broadcast_in_dim"(%581) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %583 = stablehlo.multiply %577, %582 : tensor<2x17xf32>
    %584 = "stablehlo.reshape"(%583) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %585 = "stablehlo.reshape"(%584) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %586 = "stablehlo.broadcast_in_dim"(%585) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %587 = stablehlo.subtract %575, %586 : tensor<2x17x64xf32>
    %588 = stablehlo.multiply %575, %573 : tensor<2x17x64xf32>
    %589 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %590 = "stablehlo.reduce"(%588, %589) ({
    ^bb0(%591: tensor<f32>, %592: tensor<f32>):
      %593 = stablehlo.add %591, %592 : tensor<f32>
      "stablehlo.return"(%593) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %594 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %595 = "stablehlo.broadcast_in_dim"(%594) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %596 = stablehlo.multiply %590, %595 : tensor<2x17xf32>
    %597 = "stablehlo.reshape"(%596) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %598 = "stablehlo.reshape"(%597) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %599 = "stablehlo.broadcast_in_dim"(%598) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %600 = stablehlo.multiply %573, %599 : tensor<2x17x64xf32>
    %601 = stablehlo.subtract %587, %600 : tensor<2x17x64xf32>
    %602 = "stablehlo.reshape"(%570) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %603 = "stablehlo.broadcast_in_dim"(%602) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %604 = stablehlo.multiply %601, %603 : tensor<2x17x64xf32>
    %605 = stablehlo.multiply %544, %573 : tensor<2x17x64xf32>
    %606 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %607 = "stablehlo.reduce"(%605, %606) ({
    ^bb0(%608: tensor<f32>, %609: tensor<f32>):
      %610 = stablehlo.add %608, %609 : tensor<f32>
      "stablehlo.return"(%610) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %611 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %612 = "stablehlo.reduce"(%544, %611) ({
    ^bb0(%613: tensor<f32>, %614: tensor<f32>):
      %615 = stablehlo.add %613, %614 : tensor<f32>
      "stablehlo.return"(%615) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %616 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %617 = "stablehlo.reduce"(%604, %616) ({
    ^bb0(%618: tensor<f32>, %619: tensor<f32>):
      %620 = stablehlo.add %618, %619 : tensor<f32>
      "stablehlo.return"(%620) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %621 = "stablehlo.dot_general"(%604, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x128xf32>) -> tensor<2x17x128xf32>
    %622 = "stablehlo.dot_general"(%604, %405) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x128xf32>) -> tensor<64x128xf32>
    %623 = stablehlo.multiply %394, %394 : tensor<2x17x128xf32>
    %624 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %625 = "stablehlo.broadcast_in_dim"(%624) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %626 = stablehlo.multiply %623, %625 : tensor<2x17x128xf32>
    %627 = stablehlo.exponential %626 : tensor<2x17x128xf32>
    %628 = stablehlo.constant dense<3.989422804014327e-1> : tensor<f32>
    %629 = "stablehlo.broadcast_in_dim"(%628) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %630 = stablehlo.multiply %627, %629 : tensor<2x17x128xf32>
    %631 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %632 = "stablehlo.broadcast_in_dim"(%631) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %633 = stablehlo.multiply %394, %632 : tensor<2x17x128xf32>
    %634 = "chlo.erf"(%633) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %635 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %636 = "stablehlo.broadcast_in_dim"(%635) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %637 = stablehlo.add %634, %636 : tensor<2x17x128xf32>
    %638 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %639 = "stablehlo.broadcast_in_dim"(%638) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %640 = stablehlo.multiply %637, %639 : tensor<2x17x128xf32>
    %641 = stablehlo.multiply %394, %630 : tensor<2x17x128xf32>
    %642 = stablehlo.add %640, %641 : tensor<2x17x128xf32>
    %643 = stablehlo.multiply %621, %642 : tensor<2x17x128xf32>
    %644 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %645 = "stablehlo.reduce"(%643, %644) ({
    ^bb0(%646: tensor<f32>, %647: tensor<f32>):
      %648 = stablehlo.add %646, %647 : tensor<f32>
      "stablehlo.return"(%648) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x128xf32>, tensor<f32>) -> tensor<128xf32>
    %649 = "stablehlo.dot_general"(%643, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x128xf32>, tensor<128x64xf32>) -> tensor<2x17x64xf32>
    %650 = "stablehlo.dot_general"(%643, %391) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x128xf32>, tensor<2x17x64xf32>) -> tensor<128x64xf32>
    %651 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %652 = "stablehlo.reduce"(%358, %651) ({
    ^bb0(%653: tensor<f32>, %654: tensor<f32>):
      %655 = stablehlo.add %653, %654 : tensor<f32>
      "stablehlo.return"(%655) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %656 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %657 = "stablehlo.broadcast_in_dim"(%656) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %658 = stablehlo.multiply %652, %657 : tensor<2x17xf32>
    %659 = "stablehlo.reshape"(%658) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %660 = "stablehlo.reshape"(%659) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %661 = "stablehlo.broadcast_in_dim"(%660) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %662 = stablehlo.subtract %358, %661 : tensor<2x17x64xf32>
    %663 = stablehlo.multiply %662, %662 : tensor<2x17x64xf32>
    %664 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %665 = "stablehlo.reduce"(%663, %664) ({
    ^bb0(%666: tensor<f32>, %667: tensor<f32>):
      %668 = stablehlo.add %666, %667 : tensor<f32>
      "stablehlo.return"(%668) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %669 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %670 = "stablehlo.broadcast_in_dim"(%669) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %671 = stablehlo.multiply %665, %670 : tensor<2x17xf32>
    %672 = "stablehlo.reshape"(%671) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %673 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %674 = "stablehlo.broadcast_in_dim"(%673) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %675 = stablehlo.add %672, %674 : tensor<2x17x1xf32>
    %676 = stablehlo.rsqrt %675 : tensor<2x17x1xf32>
    %677 = "stablehlo.reshape"(%676) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %678 = "stablehlo.broadcast_in_dim"(%677) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %679 = stablehlo.multiply %662, %678 : tensor<2x17x64xf32>
    %680 = "stablehlo.broadcast_in_dim"(%arg30) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %681 = stablehlo.multiply %649, %680 : tensor<2x17x64xf32>
    %682 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %683 = "stablehlo.reduce"(%681, %682) ({
    ^bb0(%684: tensor<f32>, %685: tensor<f32>):
      %686 = stablehlo.add %684, %685 : tensor<f32>
      "stablehlo.return"(%686) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %687 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %688 = "stablehlo.broadcast_in_dim"(%687) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %689 = stablehlo.multiply %683, %688 : tensor<2x17xf32>
    %690 = "stablehlo.reshape"(%689) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %691 = "stablehlo.reshape"(%690) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %692 = "stablehlo.broadcast_in_dim"(%691) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %693 = stablehlo.subtract %681, %692 : tensor<2x17x64xf32>
    %694 = stablehlo.multiply %681, %679 : tensor<2x17x64xf32>
    %695 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %696 = "stablehlo.reduce"(%694, %695) ({
    ^bb0(%697: tensor<f32>, %698: tensor<f32>):
      %699 = stablehlo.add %697, %698 : tensor<f32>
      "stablehlo.return"(%699) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %700 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %701 = "stablehlo.broadcast_in_dim"(%700) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %702 = stablehlo.multiply %696, %701 : tensor<2x17xf32>
    %703 = "stablehlo.reshape"(%702) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %704 = "stablehlo.reshape"(%703) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %705 = "stablehlo.broadcast_in_dim"(%704) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %706 = stablehlo.multiply %679, %705 : tensor<2x17x64xf32>
    %707 = stablehlo.subtract %693, %706 : tensor<2x17x64xf32>
    %708 = "stablehlo.reshape"(%676) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %709 = "stablehlo.broadcast_in_dim"(%708) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %710 = stablehlo.multiply %707, %709 : tensor<2x17x64xf32>
    %711 = stablehlo.multiply %649, %679 : tensor<2x17x64xf32>
    %712 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %713 = "stablehlo.reduce"(%711, %712) ({
    ^bb0(%714: tensor<f32>, %715: tensor<f32>):
      %716 = stablehlo.add %714, %715 : tensor<f32>
      "stablehlo.return"(%716) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %717 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %718 = "stablehlo.reduce"(%649, %717) ({
    ^bb0(%719: tensor<f32>, %720: tensor<f32>):
      %721 = stablehlo.add %719, %720 : tensor<f32>
      "stablehlo.return"(%721) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %722 = stablehlo.add %604, %710 : tensor<2x17x64xf32>
    %723 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %724 = "stablehlo.reduce"(%722, %723) ({
    ^bb0(%725: tensor<f32>, %726: tensor<f32>):
      %727 = stablehlo.add %725, %726 : tensor<f32>
      "stablehlo.return"(%727) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %728 = "stablehlo.dot_general"(%722, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %729 = "stablehlo.dot_general"(%722, %354) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %730 = "stablehlo.reshape"(%728) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %731 = "stablehlo.transpose"(%730) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %732 = "stablehlo.dot_general"(%731, %328) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %733 = "stablehlo.dot_general"(%731, %351) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x16x17xf32>
    %734 = "stablehlo.transpose"(%733) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x4x16x17xf32>) -> tensor<2x4x17x16xf32>
    %735 = stablehlo.multiply %732, %351 : tensor<2x4x17x17xf32>
    %736 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %737 = "stablehlo.reduce"(%735, %736) ({
    ^bb0(%738: tensor<f32>, %739: tensor<f32>):
      %740 = stablehlo.add %738, %739 : tensor<f32>
      "stablehlo.return"(%740) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %741 = "stablehlo.reshape"(%737) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %742 = "stablehlo.reshape"(%741) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %743 = "stablehlo.broadcast_in_dim"(%742) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %744 = stablehlo.subtract %732, %743 : tensor<2x4x17x17xf32>
    %745 = stablehlo.multiply %351, %744 : tensor<2x4x17x17xf32>
    %746 = stablehlo.multiply %745, %331 : tensor<2x4x17x17xf32>
    %747 = "stablehlo.dot_general"(%746, %323) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %748 = "stablehlo.dot_general"(%746, %318) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %749 = "stablehlo.transpose"(%734) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %750 = "stablehlo.reshape"(%749) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %751 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %752 = "stablehlo.reduce"(%750, %751) ({
    ^bb0(%753: tensor<f32>, %754: tensor<f32>):
      %755 = stablehlo.add %753, %754 : tensor<f32>
      "stablehlo.return"(%755) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %756 = "stablehlo.dot_general"(%750, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %757 = "stablehlo.dot_general"(%750, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %758 = "stablehlo.transpose"(%748) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %759 = "stablehlo.reshape"(%758) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %760 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %761 = "stablehlo.reduce"(%759, %760) ({
    ^bb0(%762: tensor<f32>, %763: tensor<f32>):
      %764 = stablehlo.add %762, %763 : tensor<f32>
      "stablehlo.return"(%764) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %765 = "stablehlo.dot_general"(%759, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %766 = "stablehlo.dot_general"(%759, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %767 = stablehlo.add %756, %765 : tensor<2x17x64xf32>
    %768 = "stablehlo.transpose"(%747) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %769 = "stablehlo.reshape"(%768) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %770 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %771 = "stablehlo.reduce"(%769, %770) ({
    ^bb0(%772: tensor<f32>, %773: tensor<f32>):
      %774 = stablehlo.add %772, %773 : tensor<f32>
      "stablehlo.return"(%774) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %775 = "stablehlo.dot_general"(%769, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %776 = "stablehlo.dot_general"(%769, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %777 = stablehlo.add %767, %775 : tensor<2x17x64xf32>
    %778 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %779 = "stablehlo.reduce"(%280, %778) ({
    ^bb0(%780: tensor<f32>, %781: tensor<f32>):
      %782 = stablehlo.add %780, %781 : tensor<f32>
      "stablehlo.return"(%782) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %783 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %784 = "stablehlo.broadcast_in_dim"(%783) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %785 = stablehlo.multiply %779, %784 : tensor<2x17xf32>
    %786 = "stablehlo.reshape"(%785) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %787 = "stablehlo.reshape"(%786) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %788 = "stablehlo.broadcast_in_dim"(%787) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %789 = stablehlo.subtract %280, %788 : tensor<2x17x64xf32>
    %790 = stablehlo.multiply %789, %789 : tensor<2x17x64xf32>
    %791 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %792 = "stablehlo.reduce"(%790, %791) ({
    ^bb0(%793: tensor<f32>, %794: tensor<f32>):
      %795 = stablehlo.add %793, %794 : tensor<f32>
      "stablehlo.return"(%795) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %796 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %797 = "stablehlo.broadcast_in_dim"(%796) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %798 = stablehlo.multiply %792, %797 : tensor<2x17xf32>
    %799 = "stablehlo.reshape"(%798) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %800 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %801 = "stablehlo.broadcast_in_dim"(%800) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %802 = stablehlo.add %799, %801 : tensor<2x17x1xf32>
    %803 = stablehlo.rsqrt %802 : tensor<2x17x1xf32>
    %804 = "stablehlo.reshape"(%803) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %805 = "stablehlo.broadcast_in_dim"(%804) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %806 = stablehlo.multiply %789, %805 : tensor<2x17x64xf32>
    %807 = "stablehlo.broadcast_in_dim"(%arg20) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %808 = stablehlo.multiply %777, %807 : tensor<2x17x64xf32>
    %809 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %810 = "stablehlo.reduce"(%808, %809) ({
    ^bb0(%811: tensor<f32>, %812: tensor<f32>):
      %813 = stablehlo.add %811, %812 : tensor<f32>
      "stablehlo.return"(%813) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %814 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %815 = "stablehlo.broadcast_in_dim"(%814) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %816 = stablehlo.multiply %810, %815 : tensor<2x17xf32>
    %817 = "stablehlo.reshape"(%816) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %818 = "stablehlo.reshape"(%817) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %819 = "stablehlo.broadcast_in_dim"(%818) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %820 = stablehlo.subtract %808, %819 : tensor<2x17x64xf32>
    %821 = stablehlo.multiply %808, %806 : tensor<2x17x64xf32>
    %822 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %823 = "stablehlo.reduce"(%821, %822) ({
    ^bb0(%824: tensor<f32>, %825: tensor<f32>):
      %826 = stablehlo.add %824, %825 : tensor<f32>
      "stablehlo.return"(%826) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %827 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %828 = "stablehlo.broadcast_in_dim"(%827) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %829 = stablehlo.multiply %823, %828 : tensor<2x17xf32>
    %830 = "stablehlo.reshape"(%829) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %831 = "stablehlo.reshape"(%830) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %832 = "stablehlo.broadcast_in_dim"(%831) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %833 = stablehlo.multiply %806, %832 : tensor<2x17x64xf32>
    %834 = stablehlo.subtract %820, %833 : tensor<2x17x64xf32>
    %835 = "stablehlo.reshape"(%803) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %836 = "stablehlo.broadcast_in_dim"(%835) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %837 = stablehlo.multiply %834, %836 : tensor<2x17x64xf32>
    %838 = stablehlo.multiply %777, %806 : tensor<2x17x64xf32>
    %839 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %840 = "stablehlo.reduce"(%838, %839) ({
    ^bb0(%841: tensor<f32>, %842: tensor<f32>):
      %843 = stablehlo.add %841, %842 : tensor<f32>
      "stablehlo.return"(%843) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %844 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %845 = "stablehlo.reduce"(%777, %844) ({
    ^bb0(%846: tensor<f32>, %847: tensor<f32>):
      %848 = stablehlo.add %846, %847 : tensor<f32>
      "stablehlo.return"(%848) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %849 = stablehlo.add %722, %837 : tensor<2x17x64xf32>
    %850 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %851 = "stablehlo.reduce"(%849, %850) ({
    ^bb0(%852: tensor<f32>, %853: tensor<f32>):
      %854 = stablehlo.add %852, %853 : tensor<f32>
      "stablehlo.return"(%854) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %855 = "stablehlo.dot_general"(%849, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x128xf32>) -> tensor<2x17x128xf32>
    %856 = "stablehlo.dot_general"(%849, %276) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x128xf32>) -> tensor<64x128xf32>
    %857 = stablehlo.multiply %265, %265 : tensor<2x17x128xf32>
    %858 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %859 = "stablehlo.broadcast_in_dim"(%858) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %860 = stablehlo.multiply %857, %859 : tensor<2x17x128xf32>
    %861 = stablehlo.exponential %860 : tensor<2x17x128xf32>
    %862 = stablehlo.constant dense<3.989422804014327e-1> : tensor<f32>
    %863 = "stablehlo.broadcast_in_dim"(%862) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %864 = stablehlo.multiply %861, %863 : tensor<2x17x128xf32>
    %865 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %866 = "stablehlo.broadcast_in_dim"(%865) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %867 = stablehlo.multiply %265, %866 : tensor<2x17x128xf32>
    %868 = "chlo.erf"(%867) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %869 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %870 = "stablehlo.broadcast_in_dim"(%869) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %871 = stablehlo.add %868, %870 : tensor<2x17x128xf32>
    %872 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %873 = "stablehlo.broadcast_in_dim"(%872) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %874 = stablehlo.multiply %871, %873 : tensor<2x17x128xf32>
    %875 = stablehlo.multiply %265, %864 : tensor<2x17x128xf32>
    %876 = stablehlo.add %874, %875 : tensor<2x17x128xf32>
    %877 = stablehlo.multiply %855, %876 : tensor<2x17x128xf32>
    %878 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %879 = "stablehlo.reduce"(%877, %878) ({
    ^bb0(%880: tensor<f32>, %881: tensor<f32>):
      %882 = stablehlo.add %880, %881 : tensor<f32>
      "stablehlo.return"(%882) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x128xf32>, tensor<f32>) -> tensor<128xf32>
    %883 = "stablehlo.dot_general"(%877, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x128xf32>, tensor<128x64xf32>) -> tensor<2x17x64xf32>
    %884 = "stablehlo.dot_general"(%877, %262) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x128xf32>, tensor<2x17x64xf32>) -> tensor<128x64xf32>
    %885 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %886 = "stablehlo.reduce"(%229, %885) ({
    ^bb0(%887: tensor<f32>, %888: tensor<f32>):
      %889 = stablehlo.add %887, %888 : tensor<f32>
      "stablehlo.return"(%889) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %890 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %891 = "stablehlo.broadcast_in_dim"(%890) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %892 = stablehlo.multiply %886, %891 : tensor<2x17xf32>
    %893 = "stablehlo.reshape"(%892) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %894 = "stablehlo.reshape"(%893) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %895 = "stablehlo.broadcast_in_dim"(%894) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %896 = stablehlo.subtract %229, %895 : tensor<2x17x64xf32>
    %897 = stablehlo.multiply %896, %896 : tensor<2x17x64xf32>
    %898 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %899 = "stablehlo.reduce"(%897, %898) ({
    ^bb0(%900: tensor<f32>, %901: tensor<f32>):
      %902 = stablehlo.add %900, %901 : tensor<f32>
      "stablehlo.return"(%902) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %903 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %904 = "stablehlo.broadcast_in_dim"(%903) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %905 = stablehlo.multiply %899, %904 : tensor<2x17xf32>
    %906 = "stablehlo.reshape"(%905) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %907 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %908 = "stablehlo.broadcast_in_dim"(%907) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %909 = stablehlo.add %906, %908 : tensor<2x17x1xf32>
    %910 = stablehlo.rsqrt %909 : tensor<2x17x1xf32>
    %911 = "stablehlo.reshape"(%910) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %912 = "stablehlo.broadcast_in_dim"(%911) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %913 = stablehlo.multiply %896, %912 : tensor<2x17x64xf32>
    %914 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %915 = stablehlo.multiply %883, %914 : tensor<2x17x64xf32>
    %916 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %917 = "stablehlo.reduce"(%915, %916) ({
    ^bb0(%918: tensor<f32>, %919: tensor<f32>):
      %920 = stablehlo.add %918, %919 : tensor<f32>
      "stablehlo.return"(%920) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %921 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %922 = "stablehlo.broadcast_in_dim"(%921) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %923 = stablehlo.multiply %917, %922 : tensor<2x17xf32>
    %924 = "stablehlo.reshape"(%923) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %925 = "stablehlo.reshape"(%924) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %926 = "stablehlo.broadcast_in_dim"(%925) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %927 = stablehlo.subtract %915, %926 : tensor<2x17x64xf32>
    %928 = stablehlo.multiply %915, %913 : tensor<2x17x64xf32>
    %929 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %930 = "stablehlo.reduce"(%928, %929) ({
    ^bb0(%931: tensor<f32>, %932: tensor<f32>):
      %933 = stablehlo.add %931, %932 : tensor<f32>
      "stablehlo.return"(%933) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %934 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %935 = "stablehlo.broadcast_in_dim"(%934) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %936 = stablehlo.multiply %930, %935 : tensor<2x17xf32>
    %937 = "stablehlo.reshape"(%936) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %938 = "stablehlo.reshape"(%937) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %939 = "stablehlo.broadcast_in_dim"(%938) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %940 = stablehlo.multiply %913, %939 : tensor<2x17x64xf32>
    %941 = stablehlo.subtract %927, %940 : tensor<2x17x64xf32>
    %942 = "stablehlo.reshape"(%910) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %943 = "stablehlo.broadcast_in_dim"(%942) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %944 = stablehlo.multiply %941, %943 : tensor<2x17x64xf32>
    %945 = stablehlo.multiply %883, %913 : tensor<2x17x64xf32>
    %946 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %947 = "stablehlo.reduce"(%945, %946) ({
    ^bb0(%948: tensor<f32>, %949: tensor<f32>):
      %950 = stablehlo.add %948, %949 : tensor<f32>
      "stablehlo.return"(%950) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %951 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %952 = "stablehlo.reduce"(%883, %951) ({
    ^bb0(%953: tensor<f32>, %954: tensor<f32>):
      %955 = stablehlo.add %953, %954 : tensor<f32>
      "stablehlo.return"(%955) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %956 = stablehlo.add %849, %944 : tensor<2x17x64xf32>
    %957 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %958 = "stablehlo.reduce"(%956, %957) ({
    ^bb0(%959: tensor<f32>, %960: tensor<f32>):
      %961 = stablehlo.add %959, %960 : tensor<f32>
      "stablehlo.return"(%961) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %962 = "stablehlo.dot_general"(%956, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %963 = "stablehlo.dot_general"(%956, %225) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %964 = "stablehlo.reshape"(%962) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %965 = "stablehlo.transpose"(%964) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %966 = "stablehlo.dot_general"(%965, %199) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %967 = "stablehlo.dot_general"(%965, %222) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x16x17xf32>
    %968 = "stablehlo.transpose"(%967) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x4x16x17xf32>) -> tensor<2x4x17x16xf32>
    %969 = stablehlo.multiply %966, %222 : tensor<2x4x17x17xf32>
    %970 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %971 = "stablehlo.reduce"(%969, %970) ({
    ^bb0(%972: tensor<f32>, %973: tensor<f32>):
      %974 = stablehlo.add %972, %973 : tensor<f32>
      "stablehlo.return"(%974) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %975 = "stablehlo.reshape"(%971) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %976 = "stablehlo.reshape"(%975) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %977 = "stablehlo.broadcast_in_dim"(%976) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %978 = stablehlo.subtract %966, %977 : tensor<2x4x17x17xf32>
    %979 = stablehlo.multiply %222, %978 : tensor<2x4x17x17xf32>
    %980 = stablehlo.multiply %979, %202 : tensor<2x4x17x17xf32>
    %981 = "stablehlo.dot_general"(%980, %194) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %982 = "stablehlo.dot_general"(%980, %189) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %983 = "stablehlo.transpose"(%968) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %984 = "stablehlo.reshape"(%983) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %985 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %986 = "stablehlo.reduce"(%984, %985) ({
    ^bb0(%987: tensor<f32>, %988: tensor<f32>):
      %989 = stablehlo.add %987, %988 : tensor<f32>
      "stablehlo.return"(%989) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %990 = "stablehlo.dot_general"(%984, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %991 = "stablehlo.dot_general"(%984, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %992 = "stablehlo.transpose"(%982) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %993 = "stablehlo.reshape"(%992) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %994 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %995 = "stablehlo.reduce"(%993, %994) ({
    ^bb0(%996: tensor<f32>, %997: tensor<f32>):
      %998 = stablehlo.add %996, %997 : tensor<f32>
      "stablehlo.return"(%998) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %999 = "stablehlo.dot_general"(%993, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %1000 = "stablehlo.dot_general"(%993, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %1001 = stablehlo.add %990, %999 : tensor<2x17x64xf32>
    %1002 = "stablehlo.transpose"(%981) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %1003 = "stablehlo.reshape"(%1002) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %1004 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1005 = "stablehlo.reduce"(%1003, %1004) ({
    ^bb0(%1006: tensor<f32>, %1007: tensor<f32>):
      %1008 = stablehlo.add %1006, %1007 : tensor<f32>
      "stablehlo.return"(%1008) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %1009 = "stablehlo.dot_general"(%1003, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %1010 = "stablehlo.dot_general"(%1003, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %1011 = stablehlo.add %1001, %1009 : tensor<2x17x64xf32>
    %1012 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1013 = "stablehlo.reduce"(%151, %1012) ({
    ^bb0(%1014: tensor<f32>, %1015: tensor<f32>):
      %1016 = stablehlo.add %1014, %1015 : tensor<f32>
      "stablehlo.return"(%1016) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %1017 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %1018 = "stablehlo.broadcast_in_dim"(%1017) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %1019 = stablehlo.multiply %1013, %1018 : tensor<2x17xf32>
    %1020 = "stablehlo.reshape"(%1019) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %1021 = "stablehlo.reshape"(%1020) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %1022 = "stablehlo.broadcast_in_dim"(%1021) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %1023 = stablehlo.subtract %151, %1022 : tensor<2x17x64xf32>
    %1024 = stablehlo.multiply %1023, %1023 : tensor<2x17x64xf32>
    %1025 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1026 = "stablehlo.reduce"(%1024, %1025) ({
    ^bb0(%1027: tensor<f32>, %1028: tensor<f32>):
      %1029 = stablehlo.add %1027, %1028 : tensor<f32>
      "stablehlo.return"(%1029) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %1030 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %1031 = "stablehlo.broadcast_in_dim"(%1030) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %1032 = stablehlo.multiply %1026, %1031 : tensor<2x17xf32>
    %1033 = "stablehlo.reshape"(%1032) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %1034 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %1035 = "stablehlo.broadcast_in_dim"(%1034) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %1036 = stablehlo.add %1033, %1035 : tensor<2x17x1xf32>
    %1037 = stablehlo.rsqrt %1036 : tensor<2x17x1xf32>
    %1038 = "stablehlo.reshape"(%1037) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %1039 = "stablehlo.broadcast_in_dim"(%1038) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %1040 = stablehlo.multiply %1023, %1039 : tensor<2x17x64xf32>
    %1041 = "stablehlo.broadcast_in_dim"(%arg4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %1042 = stablehlo.multiply %1011, %1041 : tensor<2x17x64xf32>
    %1043 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1044 = "stablehlo.reduce"(%1042, %1043) ({
    ^bb0(%1045: tensor<f32>, %1046: tensor<f32>):
      %1047 = stablehlo.add %1045, %1046 : tensor<f32>
      "stablehlo.return"(%1047) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %1048 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %1049 = "stablehlo.broadcast_in_dim"(%1048) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %1050 = stablehlo.multiply %1044, %1049 : tensor<2x17xf32>
    %1051 = "stablehlo.reshape"(%1050) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %1052 = "stablehlo.reshape"(%1051) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %1053 = "stablehlo.broadcast_in_dim"(%1052) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %1054 = stablehlo.subtract %1042, %1053 : tensor<2x17x64xf32>
    %1055 = stablehlo.multiply %1042, %1040 : tensor<2x17x64xf32>
    %1056 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1057 = "stablehlo.reduce"(%1055, %1056) ({
    ^bb0(%1058: tensor<f32>, %1059: tensor<f32>):
      %1060 = stablehlo.add %1058, %1059 : tensor<f32>
      "stablehlo.return"(%1060) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %1061 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %1062 = "stablehlo.broadcast_in_dim"(%1061) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %1063 = stablehlo.multiply %1057, %1062 : tensor<2x17xf32>
    %1064 = "stablehlo.reshape"(%1063) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %1065 = "stablehlo.reshape"(%1064) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %1066 = "stablehlo.broadcast_in_dim"(%1065) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %1067 = stablehlo.multiply %1040, %1066 : tensor<2x17x64xf32>
    %1068 = stablehlo.subtract %1054, %1067 : tensor<2x17x64xf32>
    %1069 = "stablehlo.reshape"(%1037) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %1070 = "stablehlo.broadcast_in_dim"(%1069) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %1071 = stablehlo.multiply %1068, %1070 : tensor<2x17x64xf32>
    %1072 = stablehlo.multiply %1011, %1040 : tensor<2x17x64xf32>
    %1073 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1074 = "stablehlo.reduce"(%1072, %1073) ({
    ^bb0(%1075: tensor<f32>, %1076: tensor<f32>):
      %1077 = stablehlo.add %1075, %1076 : tensor<f32>
      "stablehlo.return"(%1077) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %1078 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1079 = "stablehlo.reduce"(%1011, %1078) ({
    ^bb0(%1080: tensor<f32>, %1081: tensor<f32>):
      %1082 = stablehlo.add %1080, %1081 : tensor<f32>
      "stablehlo.return"(%1082) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %1083 = stablehlo.add %956, %1071 : tensor<2x17x64xf32>
    %1084 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1085 = "stablehlo.broadcast_in_dim"(%1084) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2xf32>
    %1086 = "stablehlo.reshape"(%1083) : (tensor<2x17x64xf32>) -> tensor<2x1088xf32>
    %1087 = "stablehlo.dot_general"(%1085, %1086) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2xf32>, tensor<2x1088xf32>) -> tensor<2x1088xf32>
    %1088 = "stablehlo.slice"(%1087) {limit_indices = array<i64: 1, 1088>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<2x1088xf32>) -> tensor<1x1088xf32>
    %1089 = "stablehlo.reshape"(%1088) : (tensor<1x1088xf32>) -> tensor<1x17x64xf32>
    %1090 = "stablehlo.slice"(%1083) {limit_indices = array<i64: 2, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x1x64xf32>
    %1091 = "stablehlo.slice"(%1083) {limit_indices = array<i64: 2, 17, 64>, start_indices = array<i64: 0, 1, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x16x64xf32>
    %1092 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1093 = "stablehlo.reduce"(%1090, %1092) ({
    ^bb0(%1094: tensor<f32>, %1095: tensor<f32>):
      %1096 = stablehlo.add %1094, %1095 : tensor<f32>
      "stablehlo.return"(%1096) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<1x64xf32>
    %1097 = "stablehlo.reshape"(%1093) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %1098 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1099 = "stablehlo.reduce"(%1091, %1098) ({
    ^bb0(%1100: tensor<f32>, %1101: tensor<f32>):
      %1102 = stablehlo.add %1100, %1101 : tensor<f32>
      "stablehlo.return"(%1102) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<64xf32>
    %1103 = "stablehlo.dot_general"(%1091, %141) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x16x64xf32>, tensor<2x16x192xf32>) -> tensor<64x192xf32>
    %1104 = "stablehlo.reshape"(%1103) : (tensor<64x192xf32>) -> tensor<64x3x8x8xf32>
    %1105 = stablehlo.multiply %1097, %1097 : tensor<1x1x64xf32>
    %1106 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1107 = "stablehlo.reduce"(%1105, %1106) ({
    ^bb0(%1108: tensor<f32>, %1109: tensor<f32>):
      %1110 = stablehlo.add %1108, %1109 : tensor<f32>
      "stablehlo.return"(%1110) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<f32>
    %1111 = stablehlo.multiply %1089, %1089 : tensor<1x17x64xf32>
    %1112 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1113 = "stablehlo.reduce"(%1111, %1112) ({
    ^bb0(%1114: tensor<f32>, %1115: tensor<f32>):
      %1116 = stablehlo.add %1114, %1115 : tensor<f32>
      "stablehlo.return"(%1116) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<1x17x64xf32>, tensor<f32>) -> tensor<f32>
    %1117 = stablehlo.add %1107, %1113 : tensor<f32>
    %1118 = stablehlo.multiply %1104, %1104 : tensor<64x3x8x8xf32>
    %1119 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1120 = "stablehlo.reduce"(%1118, %1119) ({
    ^bb0(%1121: tensor<f32>, %1122: tensor<f32>):
      %1123 = stablehlo.add %1121, %1122 : tensor<f32>
      "stablehlo.return"(%1123) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x3x8x8xf32>, tensor<f32>) -> tensor<f32>
    %1124 = stablehlo.add %1117, %1120 : tensor<f32>
    %1125 = stablehlo.multiply %1099, %1099 : tensor<64xf32>
    %1126 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1127 = "stablehlo.reduce"(%1125, %1126) ({
    ^bb0(%1128: tensor<f32>, %1129: tensor<f32>):
      %1130 = stablehlo.add %1128, %1129 : tensor<f32>
      "stablehlo.return"(%1130) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1131 = stablehlo.add %1124, %1127 : tensor<f32>
    %1132 = stablehlo.multiply %1074, %1074 : tensor<64xf32>
    %1133 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1134 = "stablehlo.reduce"(%1132, %1133) ({
    ^bb0(%1135: tensor<f32>, %1136: tensor<f32>):
      %1137 = stablehlo.add %1135, %1136 : tensor<f32>
      "stablehlo.return"(%1137) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1138 = stablehlo.add %1131, %1134 : tensor<f32>
    %1139 = stablehlo.multiply %1079, %1079 : tensor<64xf32>
    %1140 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1141 = "stablehlo.reduce"(%1139, %1140) ({
    ^bb0(%1142: tensor<f32>, %1143: tensor<f32>):
      %1144 = stablehlo.add %1142, %1143 : tensor<f32>
      "stablehlo.return"(%1144) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1145 = stablehlo.add %1138, %1141 : tensor<f32>
    %1146 = stablehlo.multiply %1010, %1010 : tensor<64x64xf32>
    %1147 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1148 = "stablehlo.reduce"(%1146, %1147) ({
    ^bb0(%1149: tensor<f32>, %1150: tensor<f32>):
      %1151 = stablehlo.add %1149, %1150 : tensor<f32>
      "stablehlo.return"(%1151) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1152 = stablehlo.add %1145, %1148 : tensor<f32>
    %1153 = stablehlo.multiply %1005, %1005 : tensor<64xf32>
    %1154 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1155 = "stablehlo.reduce"(%1153, %1154) ({
    ^bb0(%1156: tensor<f32>, %1157: tensor<f32>):
      %1158 = stablehlo.add %1156, %1157 : tensor<f32>
      "stablehlo.return"(%1158) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1159 = stablehlo.add %1152, %1155 : tensor<f32>
    %1160 = stablehlo.multiply %1000, %1000 : tensor<64x64xf32>
    %1161 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1162 = "stablehlo.reduce"(%1160, %1161) ({
    ^bb0(%1163: tensor<f32>, %1164: tensor<f32>):
      %1165 = stablehlo.add %1163, %1164 : tensor<f32>
      "stablehlo.return"(%1165) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1166 = stablehlo.add %1159, %1162 : tensor<f32>
    %1167 = stablehlo.multiply %995, %995 : tensor<64xf32>
    %1168 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1169 = "stablehlo.reduce"(%1167, %1168) ({
    ^bb0(%1170: tensor<f32>, %1171: tensor<f32>):
      %1172 = stablehlo.add %1170, %1171 : tensor<f32>
      "stablehlo.return"(%1172) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1173 = stablehlo.add %1166, %1169 : tensor<f32>
    %1174 = stablehlo.multiply %991, %991 : tensor<64x64xf32>
    %1175 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1176 = "stablehlo.reduce"(%1174, %1175) ({
    ^bb0(%1177: tensor<f32>, %1178: tensor<f32>):
      %1179 = stablehlo.add %1177, %1178 : tensor<f32>
      "stablehlo.return"(%1179) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1180 = stablehlo.add %1173, %1176 : tensor<f32>
    %1181 = stablehlo.multiply %986, %986 : tensor<64xf32>
    %1182 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1183 = "stablehlo.reduce"(%1181, %1182) ({
    ^bb0(%1184: tensor<f32>, %1185: tensor<f32>):
      %1186 = stablehlo.add %1184, %1185 : tensor<f32>
      "stablehlo.return"(%1186) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1187 = stablehlo.add %1180, %1183 : tensor<f32>
    %1188 = stablehlo.multiply %963, %963 : tensor<64x64xf32>
    %1189 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1190 = "stablehlo.reduce"(%1188, %1189) ({
    ^bb0(%1191: tensor<f32>, %1192: tensor<f32>):
      %1193 = stablehlo.add %1191, %1192 : tensor<f32>
      "stablehlo.return"(%1193) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1194 = stablehlo.add %1187, %1190 : tensor<f32>
    %1195 = stablehlo.multiply %958, %958 : tensor<64xf32>
    %1196 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1197 = "stablehlo.reduce"(%1195, %1196) ({
    ^bb0(%1198: tensor<f32>, %1199: tensor<f32>):
      %1200 = stablehlo.add %1198, %1199 : tensor<f32>
      "stablehlo.return"(%1200) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1201 = stablehlo.add %1194, %1197 : tensor<f32>
    %1202 = stablehlo.multiply %947, %947 : tensor<64xf32>
    %1203 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1204 = "stablehlo.reduce"(%1202, %1203) ({
    ^bb0(%1205: tensor<f32>, %1206: tensor<f32>):
      %1207 = stablehlo.add %1205, %1206 : tensor<f32>
      "stablehlo.return"(%1207) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1208 = stablehlo.add %1201, %1204 : tensor<f32>
    %1209 = stablehlo.multiply %952, %952 : tensor<64xf32>
    %1210 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1211 = "stablehlo.reduce"(%1209, %1210) ({
    ^bb0(%1212: tensor<f32>, %1213: tensor<f32>):
      %1214 = stablehlo.add %1212, %1213 : tensor<f32>
      "stablehlo.return"(%1214) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1215 = stablehlo.add %1208, %1211 : tensor<f32>
    %1216 = stablehlo.multiply %884, %884 : tensor<128x64xf32>
    %1217 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1218 = "stablehlo.reduce"(%1216, %1217) ({
    ^bb0(%1219: tensor<f32>, %1220: tensor<f32>):
      %1221 = stablehlo.add %1219, %1220 : tensor<f32>
      "stablehlo.return"(%1221) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x64xf32>, tensor<f32>) -> tensor<f32>
    %1222 = stablehlo.add %1215, %1218 : tensor<f32>
    %1223 = stablehlo.multiply %879, %879 : tensor<128xf32>
    %1224 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1225 = "stablehlo.reduce"(%1223, %1224) ({
    ^bb0(%1226: tensor<f32>, %1227: tensor<f32>):
      %1228 = stablehlo.add %1226, %1227 : tensor<f32>
      "stablehlo.return"(%1228) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1229 = stablehlo.add %1222, %1225 : tensor<f32>
    %1230 = stablehlo.multiply %856, %856 : tensor<64x128xf32>
    %1231 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1232 = "stablehlo.reduce"(%1230, %1231) ({
    ^bb0(%1233: tensor<f32>, %1234: tensor<f32>):
      %1235 = stablehlo.add %1233, %1234 : tensor<f32>
      "stablehlo.return"(%1235) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x128xf32>, tensor<f32>) -> tensor<f32>
    %1236 = stablehlo.add %1229, %1232 : tensor<f32>
    %1237 = stablehlo.multiply %851, %851 : tensor<64xf32>
    %1238 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1239 = "stablehlo.reduce"(%1237, %1238) ({
    ^bb0(%1240: tensor<f32>, %1241: tensor<f32>):
      %1242 = stablehlo.add %1240, %1241 : tensor<f32>
      "stablehlo.return"(%1242) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1243 = stablehlo.add %1236, %1239 : tensor<f32>
    %1244 = stablehlo.multiply %840, %840 : tensor<64xf32>
    %1245 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1246 = "stablehlo.reduce"(%1244, %1245) ({
    ^bb0(%1247: tensor<f32>, %1248: tensor<f32>):
      %1249 = stablehlo.add %1247, %1248 : tensor<f32>
      "stablehlo.return"(%1249) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1250 = stablehlo.add %1243, %1246 : tensor<f32>
    %1251 = stablehlo.multiply %845, %845 : tensor<64xf32>
    %1252 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1253 = "stablehlo.reduce"(%1251, %1252) ({
    ^bb0(%1254: tensor<f32>, %1255: tensor<f32>):
      %1256 = stablehlo.add %1254, %1255 : tensor<f32>
      "stablehlo.return"(%1256) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1257 = stablehlo.add %1250, %1253 : tensor<f32>
    %1258 = stablehlo.multiply %776, %776 : tensor<64x64xf32>
    %1259 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1260 = "stablehlo.reduce"(%1258, %1259) ({
    ^bb0(%1261: tensor<f32>, %1262: tensor<f32>):
      %1263 = stablehlo.add %1261, %1262 : tensor<f32>
      "stablehlo.return"(%1263) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1264 = stablehlo.add %1257, %1260 : tensor<f32>
    %1265 = stablehlo.multiply %771, %771 : tensor<64xf32>
    %1266 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1267 = "stablehlo.reduce"(%1265, %1266) ({
    ^bb0(%1268: tensor<f32>, %1269: tensor<f32>):
      %1270 = stablehlo.add %1268, %1269 : tensor<f32>
      "stablehlo.return"(%1270) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1271 = stablehlo.add %1264, %1267 : tensor<f32>
    %1272 = stablehlo.multiply %766, %766 : tensor<64x64xf32>
    %1273 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1274 = "stablehlo.reduce"(%1272, %1273) ({
    ^bb0(%1275: tensor<f32>, %1276: tensor<f32>):
      %1277 = stablehlo.add %1275, %1276 : tensor<f32>
      "stablehlo.return"(%1277) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1278 = stablehlo.add %1271, %1274 : tensor<f32>
    %1279 = stablehlo.multiply %761, %761 : tensor<64xf32>
    %1280 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1281 = "stablehlo.reduce"(%1279, %1280) ({
    ^bb0(%1282: tensor<f32>, %1283: tensor<f32>):
      %1284 = stablehlo.add %1282, %1283 : tensor<f32>
      "stablehlo.return"(%1284) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1285 = stablehlo.add %1278, %1281 : tensor<f32>
    %1286 = stablehlo.multiply %757, %757 : tensor<64x64xf32>
    %1287 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1288 = "stablehlo.reduce"(%1286, %1287) ({
    ^bb0(%1289: tensor<f32>, %1290: tensor<f32>):
      %1291 = stablehlo.add %1289, %1290 : tensor<f32>
      "stablehlo.return"(%1291) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1292 = stablehlo.add %1285, %1288 : tensor<f32>
    %1293 = stablehlo.multiply %752, %752 : tensor<64xf32>
    %1294 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1295 = "stablehlo.reduce"(%1293, %1294) ({
    ^bb0(%1296: tensor<f32>, %1297: tensor<f32>):
      %1298 = stablehlo.add %1296, %1297 : tensor<f32>
      "stablehlo.return"(%1298) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1299 = stablehlo.add %1292, %1295 : tensor<f32>
    %1300 = stablehlo.multiply %729, %729 : tensor<64x64xf32>
    %1301 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1302 = "stablehlo.reduce"(%1300, %1301) ({
    ^bb0(%1303: tensor<f32>, %1304: tensor<f32>):
      %1305 = stablehlo.add %1303, %1304 : tensor<f32>
      "stablehlo.return"(%1305) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1306 = stablehlo.add %1299, %1302 : tensor<f32>
    %1307 = stablehlo.multiply %724, %724 : tensor<64xf32>
    %1308 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1309 = "stablehlo.reduce"(%1307, %1308) ({
    ^bb0(%1310: tensor<f32>, %1311: tensor<f32>):
      %1312 = stablehlo.add %1310, %1311 : tensor<f32>
      "stablehlo.return"(%1312) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1313 = stablehlo.add %1306, %1309 : tensor<f32>
    %1314 = stablehlo.multiply %713, %713 : tensor<64xf32>
    %1315 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1316 = "stablehlo.reduce"(%1314, %1315) ({
    ^bb0(%1317: tensor<f32>, %1318: tensor<f32>):
      %1319 = stablehlo.add %1317, %1318 : tensor<f32>
      "stablehlo.return"(%1319) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1320 = stablehlo.add %1313, %1316 : tensor<f32>
    %1321 = stablehlo.multiply %718, %718 : tensor<64xf32>
    %1322 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1323 = "stablehlo.reduce"(%1321, %1322) ({
    ^bb0(%1324: tensor<f32>, %1325: tensor<f32>):
      %1326 = stablehlo.add %1324, %1325 : tensor<f32>
      "stablehlo.return"(%1326) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1327 = stablehlo.add %1320, %1323 : tensor<f32>
    %1328 = stablehlo.multiply %650, %650 : tensor<128x64xf32>
    %1329 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1330 = "stablehlo.reduce"(%1328, %1329) ({
    ^bb0(%1331: tensor<f32>, %1332: tensor<f32>):
      %1333 = stablehlo.add %1331, %1332 : tensor<f32>
      "stablehlo.return"(%1333) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x64xf32>, tensor<f32>) -> tensor<f32>
    %1334 = stablehlo.add %1327, %1330 : tensor<f32>
    %1335 = stablehlo.multiply %645, %645 : tensor<128xf32>
    %1336 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1337 = "stablehlo.reduce"(%1335, %1336) ({
    ^bb0(%1338: tensor<f32>, %1339: tensor<f32>):
      %1340 = stablehlo.add %1338, %1339 : tensor<f32>
      "stablehlo.return"(%1340) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1341 = stablehlo.add %1334, %1337 : tensor<f32>
    %1342 = stablehlo.multiply %622, %622 : tensor<64x128xf32>
    %1343 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1344 = "stablehlo.reduce"(%1342, %1343) ({
    ^bb0(%1345: tensor<f32>, %1346: tensor<f32>):
      %1347 = stablehlo.add %1345, %1346 : tensor<f32>
      "stablehlo.return"(%1347) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x128xf32>, tensor<f32>) -> tensor<f32>
    %1348 = stablehlo.add %1341, %1344 : tensor<f32>
    %1349 = stablehlo.multiply %617, %617 : tensor<64xf32>
    %1350 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1351 = "stablehlo.reduce"(%1349, %1350) ({
    ^bb0(%1352: tensor<f32>, %1353: tensor<f32>):
      %1354 = stablehlo.add %1352, %1353 : tensor<f32>
      "stablehlo.return"(%1354) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1355 = stablehlo.add %1348, %1351 : tensor<f32>
    %1356 = stablehlo.multiply %607, %607 : tensor<64xf32>
    %1357 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1358 = "stablehlo.reduce"(%1356, %1357) ({
    ^bb0(%1359: tensor<f32>, %1360: tensor<f32>):
      %1361 = stablehlo.add %1359, %1360 : tensor<f32>
      "stablehlo.return"(%1361) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1362 = stablehlo.add %1355, %1358 : tensor<f32>
    %1363 = stablehlo.multiply %612, %612 : tensor<64xf32>
    %1364 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1365 = "stablehlo.reduce"(%1363, %1364) ({
    ^bb0(%1366: tensor<f32>, %1367: tensor<f32>):
      %1368 = stablehlo.add %1366, %1367 : tensor<f32>
      "stablehlo.return"(%1368) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1369 = stablehlo.add %1362, %1365 : tensor<f32>
    %1370 = stablehlo.multiply %541, %541 : tensor<5x64xf32>
    %1371 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1372 = "stablehlo.reduce"(%1370, %1371) ({
    ^bb0(%1373: tensor<f32>, %1374: tensor<f32>):
      %1375 = stablehlo.add %1373, %1374 : tensor<f32>
      "stablehlo.return"(%1375) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<5x64xf32>, tensor<f32>) -> tensor<f32>
    %1376 = stablehlo.add %1369, %1372 : tensor<f32>
    %1377 = stablehlo.multiply %536, %536 : tensor<5xf32>
    %1378 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1379 = "stablehlo.reduce"(%1377, %1378) ({
    ^bb0(%1380: tensor<f32>, %1381: tensor<f32>):
      %1382 = stablehlo.add %1380, %1381 : tensor<f32>
      "stablehlo.return"(%1382) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<5xf32>, tensor<f32>) -> tensor<f32>
    %1383 = stablehlo.add %1376, %1379 : tensor<f32>
    %1384 = stablehlo.sqrt %1383 : tensor<f32>
    %1385 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1386 = "stablehlo.compare"(%1384, %1385) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %1387 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1388 = "stablehlo.broadcast_in_dim"(%1387) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1389 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1390 = stablehlo.divide %1389, %1384 : tensor<f32>
    %1391 = "stablehlo.select"(%1386, %1388, %1390) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1392 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1393 = stablehlo.multiply %1097, %1392 : tensor<1x1x64xf32>
    %1394 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1395 = stablehlo.multiply %1089, %1394 : tensor<1x17x64xf32>
    %1396 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1397 = stablehlo.multiply %1104, %1396 : tensor<64x3x8x8xf32>
    %1398 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1399 = stablehlo.multiply %1099, %1398 : tensor<64xf32>
    %1400 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1401 = stablehlo.multiply %1074, %1400 : tensor<64xf32>
    %1402 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1403 = stablehlo.multiply %1079, %1402 : tensor<64xf32>
    %1404 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1405 = stablehlo.multiply %1010, %1404 : tensor<64x64xf32>
    %1406 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1407 = stablehlo.multiply %1005, %1406 : tensor<64xf32>
    %1408 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1409 = stablehlo.multiply %1000, %1408 : tensor<64x64xf32>
    %1410 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1411 = stablehlo.multiply %995, %1410 : tensor<64xf32>
    %1412 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1413 = stablehlo.multiply %991, %1412 : tensor<64x64xf32>
    %1414 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1415 = stablehlo.multiply %986, %1414 : tensor<64xf32>
    %1416 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1417 = stablehlo.multiply %963, %1416 : tensor<64x64xf32>
    %1418 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1419 = stablehlo.multiply %958, %1418 : tensor<64xf32>
    %1420 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1421 = stablehlo.multiply %947, %1420 : tensor<64xf32>
    %1422 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1423 = stablehlo.multiply %952, %1422 : tensor<64xf32>
    %1424 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1425 = stablehlo.multiply %884, %1424 : tensor<128x64xf32>
    %1426 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1427 = stablehlo.multiply %879, %1426 : tensor<128xf32>
    %1428 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1429 = stablehlo.multiply %856, %1428 : tensor<64x128xf32>
    %1430 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1431 = stablehlo.multiply %851, %1430 : tensor<64xf32>
    %1432 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1433 = stablehlo.multiply %840, %1432 : tensor<64xf32>
    %1434 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1435 = stablehlo.multiply %845, %1434 : tensor<64xf32>
    %1436 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1437 = stablehlo.multiply %776, %1436 : tensor<64x64xf32>
    %1438 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1439 = stablehlo.multiply %771, %1438 : tensor<64xf32>
    %1440 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1441 = stablehlo.multiply %766, %1440 : tensor<64x64xf32>
    %1442 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1443 = stablehlo.multiply %761, %1442 : tensor<64xf32>
    %1444 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1445 = stablehlo.multiply %757, %1444 : tensor<64x64xf32>
    %1446 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1447 = stablehlo.multiply %752, %1446 : tensor<64xf32>
    %1448 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1449 = stablehlo.multiply %729, %1448 : tensor<64x64xf32>
    %1450 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1451 = stablehlo.multiply %724, %1450 : tensor<64xf32>
    %1452 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1453 = stablehlo.multiply %713, %1452 : tensor<64xf32>
    %1454 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1455 = stablehlo.multiply %718, %1454 : tensor<64xf32>
    %1456 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1457 = stablehlo.multiply %650, %1456 : tensor<128x64xf32>
    %1458 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1459 = stablehlo.multiply %645, %1458 : tensor<128xf32>
    %1460 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1461 = stablehlo.multiply %622, %1460 : tensor<64x128xf32>
    %1462 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1463 = stablehlo.multiply %617, %1462 : tensor<64xf32>
    %1464 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1465 = stablehlo.multiply %607, %1464 : tensor<64xf32>
    %1466 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1467 = stablehlo.multiply %612, %1466 : tensor<64xf32>
    %1468 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %1469 = stablehlo.multiply %541, %1468 : tensor<5x64xf32>
    %1470 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %1471 = stablehlo.multiply %536, %1470 : tensor<5xf32>
    %1472 = "stablehlo.convert"(%arg120) : (tensor<i32>) -> tensor<f32>
    %1473 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1474 = stablehlo.multiply %1472, %1473 : tensor<f32>
    %1475 = stablehlo.constant dense<-1.0e1> : tensor<f32>
    %1476 = stablehlo.add %1472, %1475 : tensor<f32>
    %1477 = stablehlo.constant dense<9.0e1> : tensor<f32>
    %1478 = stablehlo.minimum %1476, %1477 : tensor<f32>
    %1479 = stablehlo.constant dense<3.490658503988659e-2> : tensor<f32>
    %1480 = stablehlo.multiply %1478, %1479 : tensor<f32>
    %1481 = stablehlo.cosine %1480 : tensor<f32>
    %1482 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1483 = stablehlo.add %1481, %1482 : tensor<f32>
    %1484 = stablehlo.constant dense<5.0e-4> : tensor<f32>
    %1485 = stablehlo.multiply %1483, %1484 : tensor<f32>
    %1486 = stablehlo.constant dense<1.0e1> : tensor<f32>
    %1487 = "stablehlo.compare"(%1472, %1486) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %1488 = "stablehlo.select"(%1487, %1474, %1485) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1489 = stablehlo.constant dense<1> : tensor<i32>
    %1490 = stablehlo.add %arg120, %1489 : tensor<i32>
    %1491 = "stablehlo.convert"(%1490) : (tensor<i32>) -> tensor<f32>
    %1492 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1493 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1494 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1495 = stablehlo.power %1494, %1491 : tensor<f32>
    %1496 = stablehlo.subtract %1493, %1495 : tensor<f32>
    %1497 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1498 = "stablehlo.broadcast_in_dim"(%1497) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1499 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1500 = stablehlo.power %1499, %1491 : tensor<f32>
    %1501 = stablehlo.subtract %1498, %1500 : tensor<f32>
    %1502 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1503 = "stablehlo.broadcast_in_dim"(%1502) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1504 = stablehlo.multiply %arg40, %1503 : tensor<1x1x64xf32>
    %1505 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1506 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1507 = stablehlo.multiply %1393, %1506 : tensor<1x1x64xf32>
    %1508 = stablehlo.add %1504, %1507 : tensor<1x1x64xf32>
    %1509 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1510 = "stablehlo.broadcast_in_dim"(%1509) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1511 = stablehlo.multiply %arg80, %1510 : tensor<1x1x64xf32>
    %1512 = stablehlo.multiply %1393, %1393 : tensor<1x1x64xf32>
    %1513 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1514 = "stablehlo.broadcast_in_dim"(%1513) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1515 = stablehlo.multiply %1512, %1514 : tensor<1x1x64xf32>
    %1516 = stablehlo.add %1511, %1515 : tensor<1x1x64xf32>
    %1517 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1518 = stablehlo.divide %1508, %1517 : tensor<1x1x64xf32>
    %1519 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1520 = stablehlo.divide %1516, %1519 : tensor<1x1x64xf32>
    %1521 = stablehlo.sqrt %1520 : tensor<1x1x64xf32>
    %1522 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1523 = "stablehlo.broadcast_in_dim"(%1522) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1524 = stablehlo.add %1521, %1523 : tensor<1x1x64xf32>
    %1525 = stablehlo.divide %1518, %1524 : tensor<1x1x64xf32>
    %1526 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1527 = stablehlo.multiply %1525, %1526 : tensor<1x1x64xf32>
    %1528 = stablehlo.subtract %arg0, %1527 : tensor<1x1x64xf32>
    %1529 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1530 = "stablehlo.broadcast_in_dim"(%1529) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1531 = stablehlo.multiply %arg41, %1530 : tensor<1x17x64xf32>
    %1532 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1533 = "stablehlo.broadcast_in_dim"(%1532) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1534 = stablehlo.multiply %1395, %1533 : tensor<1x17x64xf32>
    %1535 = stablehlo.add %1531, %1534 : tensor<1x17x64xf32>
    %1536 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1537 = "stablehlo.broadcast_in_dim"(%1536) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1538 = stablehlo.multiply %arg81, %1537 : tensor<1x17x64xf32>
    %1539 = stablehlo.multiply %1395, %1395 : tensor<1x17x64xf32>
    %1540 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1541 = "stablehlo.broadcast_in_dim"(%1540) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1542 = stablehlo.multiply %1539, %1541 : tensor<1x17x64xf32>
    %1543 = stablehlo.add %1538, %1542 : tensor<1x17x64xf32>
    %1544 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1545 = stablehlo.divide %1535, %1544 : tensor<1x17x64xf32>
    %1546 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1547 = stablehlo.divide %1543, %1546 : tensor<1x17x64xf32>
    %1548 = stablehlo.sqrt %1547 : tensor<1x17x64xf32>
    %1549 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1550 = "stablehlo.broadcast_in_dim"(%1549) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1551 = stablehlo.add %1548, %1550 : tensor<1x17x64xf32>
    %1552 = stablehlo.divide %1545, %1551 : tensor<1x17x64xf32>
    %1553 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1554 = stablehlo.multiply %1552, %1553 : tensor<1x17x64xf32>
    %1555 = stablehlo.subtract %arg1, %1554 : tensor<1x17x64xf32>
    %1556 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1557 = "stablehlo.broadcast_in_dim"(%1556) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1558 = stablehlo.multiply %arg42, %1557 : tensor<64x3x8x8xf32>
    %1559 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1560 = "stablehlo.broadcast_in_dim"(%1559) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1561 = stablehlo.multiply %1397, %1560 : tensor<64x3x8x8xf32>
    %1562 = stablehlo.add %1558, %1561 : tensor<64x3x8x8xf32>
    %1563 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1564 = "stablehlo.broadcast_in_dim"(%1563) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1565 = stablehlo.multiply %arg82, %1564 : tensor<64x3x8x8xf32>
    %1566 = stablehlo.multiply %1397, %1397 : tensor<64x3x8x8xf32>
    %1567 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1568 = "stablehlo.broadcast_in_dim"(%1567) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1569 = stablehlo.multiply %1566, %1568 : tensor<64x3x8x8xf32>
    %1570 = stablehlo.add %1565, %1569 : tensor<64x3x8x8xf32>
    %1571 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1572 = stablehlo.divide %1562, %1571 : tensor<64x3x8x8xf32>
    %1573 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1574 = stablehlo.divide %1570, %1573 : tensor<64x3x8x8xf32>
    %1575 = stablehlo.sqrt %1574 : tensor<64x3x8x8xf32>
    %1576 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1577 = "stablehlo.broadcast_in_dim"(%1576) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1578 = stablehlo.add %1575, %1577 : tensor<64x3x8x8xf32>
    %1579 = stablehlo.divide %1572, %1578 : tensor<64x3x8x8xf32>
    %1580 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1581 = "stablehlo.broadcast_in_dim"(%1580) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1582 = stablehlo.multiply %arg2, %1581 : tensor<64x3x8x8xf32>
    %1583 = stablehlo.add %1579, %1582 : tensor<64x3x8x8xf32>
    %1584 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1585 = stablehlo.multiply %1583, %1584 : tensor<64x3x8x8xf32>
    %1586 = stablehlo.subtract %arg2, %1585 : tensor<64x3x8x8xf32>
    %1587 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1588 = "stablehlo.broadcast_in_dim"(%1587) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1589 = stablehlo.multiply %arg43, %1588 : tensor<64xf32>
    %1590 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1591 = "stablehlo.broadcast_in_dim"(%1590) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1592 = stablehlo.multiply %1399, %1591 : tensor<64xf32>
    %1593 = stablehlo.add %1589, %1592 : tensor<64xf32>
    %1594 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1595 = "stablehlo.broadcast_in_dim"(%1594) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1596 = stablehlo.multiply %arg83, %1595 : tensor<64xf32>
    %1597 = stablehlo.multiply %1399, %1399 : tensor<64xf32>
    %1598 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1599 = "stablehlo.broadcast_in_dim"(%1598) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1600 = stablehlo.multiply %1597, %1599 : tensor<64xf32>
    %1601 = stablehlo.add %1596, %1600 : tensor<64xf32>
    %1602 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1603 = stablehlo.divide %1593, %1602 : tensor<64xf32>
    %1604 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1605 = stablehlo.divide %1601, %1604 : tensor<64xf32>
    %1606 = stablehlo.sqrt %1605 : tensor<64xf32>
    %1607 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1608 = "stablehlo.broadcast_in_dim"(%1607) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1609 = stablehlo.add %1606, %1608 : tensor<64xf32>
    %1610 = stablehlo.divide %1603, %1609 : tensor<64xf32>
    %1611 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1612 = stablehlo.multiply %1610, %1611 : tensor<64xf32>
    %1613 = stablehlo.subtract %arg3, %1612 : tensor<64xf32>
    %1614 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1615 = "stablehlo.broadcast_in_dim"(%1614) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1616 = stablehlo.multiply %arg44, %1615 : tensor<64xf32>
    %1617 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1618 = "stablehlo.broadcast_in_dim"(%1617) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1619 = stablehlo.multiply %1401, %1618 : tensor<64xf32>
    %1620 = stablehlo.add %1616, %1619 : tensor<64xf32>
    %1621 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1622 = "stablehlo.broadcast_in_dim"(%1621) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1623 = stablehlo.multiply %arg84, %1622 : tensor<64xf32>
    %1624 = stablehlo.multiply %1401, %1401 : tensor<64xf32>
    %1625 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1626 = "stablehlo.broadcast_in_dim"(%1625) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1627 = stablehlo.multiply %1624, %1626 : tensor<64xf32>
    %1628 = stablehlo.add %1623, %1627 : tensor<64xf32>
    %1629 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1630 = stablehlo.divide %1620, %1629 : tensor<64xf32>
    %1631 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1632 = stablehlo.divide %1628, %1631 : tensor<64xf32>
    %1633 = stablehlo.sqrt %1632 : tensor<64xf32>
    %1634 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1635 = "stablehlo.broadcast_in_dim"(%1634) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1636 = stablehlo.add %1633, %1635 : tensor<64xf32>
    %1637 = stablehlo.divide %1630, %1636 : tensor<64xf32>
    %1638 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1639 = stablehlo.multiply %1637, %1638 : tensor<64xf32>
    %1640 = stablehlo.subtract %arg4, %1639 : tensor<64xf32>
    %1641 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1642 = "stablehlo.broadcast_in_dim"(%1641) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1643 = stablehlo.multiply %arg45, %1642 : tensor<64xf32>
    %1644 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1645 = "stablehlo.broadcast_in_dim"(%1644) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1646 = stablehlo.multiply %1403, %1645 : tensor<64xf32>
    %1647 = stablehlo.add %1643, %1646 : tensor<64xf32>
    %1648 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1649 = "stablehlo.broadcast_in_dim"(%1648) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1650 = stablehlo.multiply %arg85, %1649 : tensor<64xf32>
    %1651 = stablehlo.multiply %1403, %1403 : tensor<64xf32>
    %1652 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1653 = "stablehlo.broadcast_in_dim"(%1652) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1654 = stablehlo.multiply %1651, %1653 : tensor<64xf32>
    %1655 = stablehlo.add %1650, %1654 : tensor<64xf32>
    %1656 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1657 = stablehlo.divide %1647, %1656 : tensor<64xf32>
    %1658 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1659 = stablehlo.divide %1655, %1658 : tensor<64xf32>
    %1660 = stablehlo.sqrt %1659 : tensor<64xf32>
    %1661 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1662 = "stablehlo.broadcast_in_dim"(%1661) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1663 = stablehlo.add %1660, %1662 : tensor<64xf32>
    %1664 = stablehlo.divide %1657, %1663 : tensor<64xf32>
    %1665 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1666 = stablehlo.multiply %1664, %1665 : tensor<64xf32>
    %1667 = stablehlo.subtract %arg5, %1666 : tensor<64xf32>
    %1668 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1669 = "stablehlo.broadcast_in_dim"(%1668) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1670 = stablehlo.multiply %arg46, %1669 : tensor<64x64xf32>
    %1671 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1672 = "stablehlo.broadcast_in_dim"(%1671) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1673 = stablehlo.multiply %1405, %1672 : tensor<64x64xf32>
    %1674 = stablehlo.add %1670, %1673 : tensor<64x64xf32>
    %1675 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1676 = "stablehlo.broadcast_in_dim"(%1675) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1677 = stablehlo.multiply %arg86, %1676 : tensor<64x64xf32>
    %1678 = stablehlo.multiply %1405, %1405 : tensor<64x64xf32>
    %1679 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1680 = "stablehlo.broadcast_in_dim"(%1679) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1681 = stablehlo.multiply %1678, %1680 : tensor<64x64xf32>
    %1682 = stablehlo.add %1677, %1681 : tensor<64x64xf32>
    %1683 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1684 = stablehlo.divide %1674, %1683 : tensor<64x64xf32>
    %1685 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1686 = stablehlo.divide %1682, %1685 : tensor<64x64xf32>
    %1687 = stablehlo.sqrt %1686 : tensor<64x64xf32>
    %1688 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1689 = "stablehlo.broadcast_in_dim"(%1688) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1690 = stablehlo.add %1687, %1689 : tensor<64x64xf32>
    %1691 = stablehlo.divide %1684, %1690 : tensor<64x64xf32>
    %1692 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1693 = "stablehlo.broadcast_in_dim"(%1692) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1694 = stablehlo.multiply %arg6, %1693 : tensor<64x64xf32>
    %1695 = stablehlo.add %1691, %1694 : tensor<64x64xf32>
    %1696 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1697 = stablehlo.multiply %1695, %1696 : tensor<64x64xf32>
    %1698 = stablehlo.subtract %arg6, %1697 : tensor<64x64xf32>
    %1699 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1700 = "stablehlo.broadcast_in_dim"(%1699) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1701 = stablehlo.multiply %arg47, %1700 : tensor<64xf32>
    %1702 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1703 = "stablehlo.broadcast_in_dim"(%1702) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1704 = stablehlo.multiply %1407, %1703 : tensor<64xf32>
    %1705 = stablehlo.add %1701, %1704 : tensor<64xf32>
    %1706 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1707 = "stablehlo.broadcast_in_dim"(%1706) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1708 = stablehlo.multiply %arg87, %1707 : tensor<64xf32>
    %1709 = stablehlo.multiply %1407, %1407 : tensor<64xf32>
    %1710 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1711 = "stablehlo.broadcast_in_dim"(%1710) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1712 = stablehlo.multiply %1709, %1711 : tensor<64xf32>
    %1713 = stablehlo.add %1708, %1712 : tensor<64xf32>
    %1714 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1715 = stablehlo.divide %1705, %1714 : tensor<64xf32>
    %1716 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1717 = stablehlo.divide %1713, %1716 : tensor<64xf32>
    %1718 = stablehlo.sqrt %1717 : tensor<64xf32>
    %1719 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1720 = "stablehlo.broadcast_in_dim"(%1719) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1721 = stablehlo.add %1718, %1720 : tensor<64xf32>
    %1722 = stablehlo.divide %1715, %1721 : tensor<64xf32>
    %1723 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1724 = stablehlo.multiply %1722, %1723 : tensor<64xf32>
    %1725 = stablehlo.subtract %arg7, %1724 : tensor<64xf32>
    %1726 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1727 = "stablehlo.broadcast_in_dim"(%1726) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1728 = stablehlo.multiply %arg48, %1727 : tensor<64x64xf32>
    %1729 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1730 = "stablehlo.broadcast_in_dim"(%1729) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1731 = stablehlo.multiply %1409, %1730 : tensor<64x64xf32>
    %1732 = stablehlo.add %1728, %1731 : tensor<64x64xf32>
    %1733 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1734 = "stablehlo.broadcast_in_dim"(%1733) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1735 = stablehlo.multiply %arg88, %1734 : tensor<64x64xf32>
    %1736 = stablehlo.multiply %1409, %1409 : tensor<64x64xf32>
    %1737 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1738 = "stablehlo.broadcast_in_dim"(%1737) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1739 = stablehlo.multiply %1736, %1738 : tensor<64x64xf32>
    %1740 = stablehlo.add %1735, %1739 : tensor<64x64xf32>
    %1741 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1742 = stablehlo.divide %1732, %1741 : tensor<64x64xf32>
    %1743 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1744 = stablehlo.divide %1740, %1743 : tensor<64x64xf32>
    %1745 = stablehlo.sqrt %1744 : tensor<64x64xf32>
    %1746 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1747 = "stablehlo.broadcast_in_dim"(%1746) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1748 = stablehlo.add %1745, %1747 : tensor<64x64xf32>
    %1749 = stablehlo.divide %1742, %1748 : tensor<64x64xf32>
    %1750 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1751 = "stablehlo.broadcast_in_dim"(%1750) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1752 = stablehlo.multiply %arg8, %1751 : tensor<64x64xf32>
    %1753 = stablehlo.add %1749, %1752 : tensor<64x64xf32>
    %1754 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1755 = stablehlo.multiply %1753, %1754 : tensor<64x64xf32>
    %1756 = stablehlo.subtract %arg8, %1755 : tensor<64x64xf32>
    %1757 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1758 = "stablehlo.broadcast_in_dim"(%1757) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1759 = stablehlo.multiply %arg49, %1758 : tensor<64xf32>
    %1760 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1761 = "stablehlo.broadcast_in_dim"(%1760) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1762 = stablehlo.multiply %1411, %1761 : tensor<64xf32>
    %1763 = stablehlo.add %1759, %1762 : tensor<64xf32>
    %1764 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1765 = "stablehlo.broadcast_in_dim"(%1764) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1766 = stablehlo.multiply %arg89, %1765 : tensor<64xf32>
    %1767 = stablehlo.multiply %1411, %1411 : tensor<64xf32>
    %1768 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1769 = "stablehlo.broadcast_in_dim"(%1768) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1770 = stablehlo.multiply %1767, %1769 : tensor<64xf32>
    %1771 = stablehlo.add %1766, %1770 : tensor<64xf32>
    %1772 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1773 = stablehlo.divide %1763, %1772 : tensor<64xf32>
    %1774 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1775 = stablehlo.divide %1771, %1774 : tensor<64xf32>
    %1776 = stablehlo.sqrt %1775 : tensor<64xf32>
    %1777 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1778 = "stablehlo.broadcast_in_dim"(%1777) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1779 = stablehlo.add %1776, %1778 : tensor<64xf32>
    %1780 = stablehlo.divide %1773, %1779 : tensor<64xf32>
    %1781 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1782 = stablehlo.multiply %1780, %1781 : tensor<64xf32>
    %1783 = stablehlo.subtract %arg9, %1782 : tensor<64xf32>
    %1784 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1785 = "stablehlo.broadcast_in_dim"(%1784) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1786 = stablehlo.multiply %arg50, %1785 : tensor<64x64xf32>
    %1787 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1788 = "stablehlo.broadcast_in_dim"(%1787) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1789 = stablehlo.multiply %1413, %1788 : tensor<64x64xf32>
    %1790 = stablehlo.add %1786, %1789 : tensor<64x64xf32>
    %1791 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1792 = "stablehlo.broadcast_in_dim"(%1791) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1793 = stablehlo.multiply %arg90, %1792 : tensor<64x64xf32>
    %1794 = stablehlo.multiply %1413, %1413 : tensor<64x64xf32>
    %1795 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1796 = "stablehlo.broadcast_in_dim"(%1795) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1797 = stablehlo.multiply %1794, %1796 : tensor<64x64xf32>
    %1798 = stablehlo.add %1793, %1797 : tensor<64x64xf32>
    %1799 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1800 = stablehlo.divide %1790, %1799 : tensor<64x64xf32>
    %1801 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1802 = stablehlo.divide %1798, %1801 : tensor<64x64xf32>
    %1803 = stablehlo.sqrt %1802 : tensor<64x64xf32>
    %1804 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1805 = "stablehlo.broadcast_in_dim"(%1804) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1806 = stablehlo.add %1803, %1805 : tensor<64x64xf32>
    %1807 = stablehlo.divide %1800, %1806 : tensor<64x64xf32>
    %1808 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1809 = "stablehlo.broadcast_in_dim"(%1808) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1810 = stablehlo.multiply %arg10, %1809 : tensor<64x64xf32>
    %1811 = stablehlo.add %1807, %1810 : tensor<64x64xf32>
    %1812 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1813 = stablehlo.multiply %1811, %1812 : tensor<64x64xf32>
    %1814 = stablehlo.subtract %arg10, %1813 : tensor<64x64xf32>
    %1815 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1816 = "stablehlo.broadcast_in_dim"(%1815) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1817 = stablehlo.multiply %arg51, %1816 : tensor<64xf32>
    %1818 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1819 = "stablehlo.broadcast_in_dim"(%1818) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1820 = stablehlo.multiply %1415, %1819 : tensor<64xf32>
    %1821 = stablehlo.add %1817, %1820 : tensor<64xf32>
    %1822 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1823 = "stablehlo.broadcast_in_dim"(%1822) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1824 = stablehlo.multiply %arg91, %1823 : tensor<64xf32>
    %1825 = stablehlo.multiply %1415, %1415 : tensor<64xf32>
    %1826 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1827 = "stablehlo.broadcast_in_dim"(%1826) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1828 = stablehlo.multiply %1825, %1827 : tensor<64xf32>
    %1829 = stablehlo.add %1824, %1828 : tensor<64xf32>
    %1830 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1831 = stablehlo.divide %1821, %1830 : tensor<64xf32>
    %1832 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1833 = stablehlo.divide %1829, %1832 : tensor<64xf32>
    %1834 = stablehlo.sqrt %1833 : tensor<64xf32>
    %1835 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1836 = "stablehlo.broadcast_in_dim"(%1835) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1837 = stablehlo.add %1834, %1836 : tensor<64xf32>
    %1838 = stablehlo.divide %1831, %1837 : tensor<64xf32>
    %1839 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1840 = stablehlo.multiply %1838, %1839 : tensor<64xf32>
    %1841 = stablehlo.subtract %arg11, %1840 : tensor<64xf32>
    %1842 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1843 = "stablehlo.broadcast_in_dim"(%1842) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1844 = stablehlo.multiply %arg52, %1843 : tensor<64x64xf32>
    %1845 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1846 = "stablehlo.broadcast_in_dim"(%1845) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1847 = stablehlo.multiply %1417, %1846 : tensor<64x64xf32>
    %1848 = stablehlo.add %1844, %1847 : tensor<64x64xf32>
    %1849 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1850 = "stablehlo.broadcast_in_dim"(%1849) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1851 = stablehlo.multiply %arg92, %1850 : tensor<64x64xf32>
    %1852 = stablehlo.multiply %1417, %1417 : tensor<64x64xf32>
    %1853 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1854 = "stablehlo.broadcast_in_dim"(%1853) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1855 = stablehlo.multiply %1852, %1854 : tensor<64x64xf32>
    %1856 = stablehlo.add %1851, %1855 : tensor<64x64xf32>
    %1857 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1858 = stablehlo.divide %1848, %1857 : tensor<64x64xf32>
    %1859 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1860 = stablehlo.divide %1856, %1859 : tensor<64x64xf32>
    %1861 = stablehlo.sqrt %1860 : tensor<64x64xf32>
    %1862 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1863 = "stablehlo.broadcast_in_dim"(%1862) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1864 = stablehlo.add %1861, %1863 : tensor<64x64xf32>
    %1865 = stablehlo.divide %1858, %1864 : tensor<64x64xf32>
    %1866 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1867 = "stablehlo.broadcast_in_dim"(%1866) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1868 = stablehlo.multiply %arg12, %1867 : tensor<64x64xf32>
    %1869 = stablehlo.add %1865, %1868 : tensor<64x64xf32>
    %1870 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1871 = stablehlo.multiply %1869, %1870 : tensor<64x64xf32>
    %1872 = stablehlo.subtract %arg12, %1871 : tensor<64x64xf32>
    %1873 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1874 = "stablehlo.broadcast_in_dim"(%1873) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1875 = stablehlo.multiply %arg53, %1874 : tensor<64xf32>
    %1876 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1877 = "stablehlo.broadcast_in_dim"(%1876) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1878 = stablehlo.multiply %1419, %1877 : tensor<64xf32>
    %1879 = stablehlo.add %1875, %1878 : tensor<64xf32>
    %1880 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1881 = "stablehlo.broadcast_in_dim"(%1880) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1882 = stablehlo.multiply %arg93, %1881 : tensor<64xf32>
    %1883 = stablehlo.multiply %1419, %1419 : tensor<64xf32>
    %1884 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1885 = "stablehlo.broadcast_in_dim"(%1884) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1886 = stablehlo.multiply %1883, %1885 : tensor<64xf32>
    %1887 = stablehlo.add %1882, %1886 : tensor<64xf32>
    %1888 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1889 = stablehlo.divide %1879, %1888 : tensor<64xf32>
    %1890 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1891 = stablehlo.divide %1887, %1890 : tensor<64xf32>
    %1892 = stablehlo.sqrt %1891 : tensor<64xf32>
    %1893 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1894 = "stablehlo.broadcast_in_dim"(%1893) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1895 = stablehlo.add %1892, %1894 : tensor<64xf32>
    %1896 = stablehlo.divide %1889, %1895 : tensor<64xf32>
    %1897 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1898 = stablehlo.multiply %1896, %1897 : tensor<64xf32>
    %1899 = stablehlo.subtract %arg13, %1898 : tensor<64xf32>
    %1900 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1901 = "stablehlo.broadcast_in_dim"(%1900) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1902 = stablehlo.multiply %arg54, %1901 : tensor<64xf32>
    %1903 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1904 = "stablehlo.broadcast_in_dim"(%1903) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1905 = stablehlo.multiply %1421, %1904 : tensor<64xf32>
    %1906 = stablehlo.add %1902, %1905 : tensor<64xf32>
    %1907 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1908 = "stablehlo.broadcast_in_dim"(%1907) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1909 = stablehlo.multiply %arg94, %1908 : tensor<64xf32>
    %1910 = stablehlo.multiply %1421, %1421 : tensor<64xf32>
    %1911 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1912 = "stablehlo.broadcast_in_dim"(%1911) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1913 = stablehlo.multiply %1910, %1912 : tensor<64xf32>
    %1914 = stablehlo.add %1909, %1913 : tensor<64xf32>
    %1915 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1916 = stablehlo.divide %1906, %1915 : tensor<64xf32>
    %1917 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1918 = stablehlo.divide %1914, %1917 : tensor<64xf32>
    %1919 = stablehlo.sqrt %1918 : tensor<64xf32>
    %1920 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1921 = "stablehlo.broadcast_in_dim"(%1920) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1922 = stablehlo.add %1919, %1921 : tensor<64xf32>
    %1923 = stablehlo.divide %1916, %1922 : tensor<64xf32>
    %1924 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1925 = stablehlo.multiply %1923, %1924 : tensor<64xf32>
    %1926 = stablehlo.subtract %arg14, %1925 : tensor<64xf32>
    %1927 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1928 = "stablehlo.broadcast_in_dim"(%1927) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1929 = stablehlo.multiply %arg55, %1928 : tensor<64xf32>
    %1930 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1931 = "stablehlo.broadcast_in_dim"(%1930) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1932 = stablehlo.multiply %1423, %1931 : tensor<64xf32>
    %1933 = stablehlo.add %1929, %1932 : tensor<64xf32>
    %1934 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1935 = "stablehlo.broadcast_in_dim"(%1934) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1936 = stablehlo.multiply %arg95, %1935 : tensor<64xf32>
    %1937 = stablehlo.multiply %1423, %1423 : tensor<64xf32>
    %1938 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1939 = "stablehlo.broadcast_in_dim"(%1938) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1940 = stablehlo.multiply %1937, %1939 : tensor<64xf32>
    %1941 = stablehlo.add %1936, %1940 : tensor<64xf32>
    %1942 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1943 = stablehlo.divide %1933, %1942 : tensor<64xf32>
    %1944 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1945 = stablehlo.divide %1941, %1944 : tensor<64xf32>
    %1946 = stablehlo.sqrt %1945 : tensor<64xf32>
    %1947 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1948 = "stablehlo.broadcast_in_dim"(%1947) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1949 = stablehlo.add %1946, %1948 : tensor<64xf32>
    %1950 = stablehlo.divide %1943, %1949 : tensor<64xf32>
    %1951 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1952 = stablehlo.multiply %1950, %1951 : tensor<64xf32>
    %1953 = stablehlo.subtract %arg15, %1952 : tensor<64xf32>
    %1954 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1955 = "stablehlo.broadcast_in_dim"(%1954) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1956 = stablehlo.multiply %arg56, %1955 : tensor<128x64xf32>
    %1957 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1958 = "stablehlo.broadcast_in_dim"(%1957) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1959 = stablehlo.multiply %1425, %1958 : tensor<128x64xf32>
    %1960 = stablehlo.add %1956, %1959 : tensor<128x64xf32>
    %1961 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1962 = "stablehlo.broadcast_in_dim"(%1961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1963 = stablehlo.multiply %arg96, %1962 : tensor<128x64xf32>
    %1964 = stablehlo.multiply %1425, %1425 : tensor<128x64xf32>
    %1965 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1966 = "stablehlo.broadcast_in_dim"(%1965) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1967 = stablehlo.multiply %1964, %1966 : tensor<128x64xf32>
    %1968 = stablehlo.add %1963, %1967 : tensor<128x64xf32>
    %1969 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1970 = stablehlo.divide %1960, %1969 : tensor<128x64xf32>
    %1971 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1972 = stablehlo.divide %1968, %1971 : tensor<128x64xf32>
    %1973 = stablehlo.sqrt %1972 : tensor<128x64xf32>
    %1974 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1975 = "stablehlo.broadcast_in_dim"(%1974) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1976 = stablehlo.add %1973, %1975 : tensor<128x64xf32>
    %1977 = stablehlo.divide %1970, %1976 : tensor<128x64xf32>
    %1978 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1979 = "stablehlo.broadcast_in_dim"(%1978) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1980 = stablehlo.multiply %arg16, %1979 : tensor<128x64xf32>
    %1981 = stablehlo.add %1977, %1980 : tensor<128x64xf32>
    %1982 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1983 = stablehlo.multiply %1981, %1982 : tensor<128x64xf32>
    %1984 = stablehlo.subtract %arg16, %1983 : tensor<128x64xf32>
    %1985 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1986 = "stablehlo.broadcast_in_dim"(%1985) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1987 = stablehlo.multiply %arg57, %1986 : tensor<128xf32>
    %1988 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1989 = "stablehlo.broadcast_in_dim"(%1988) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1990 = stablehlo.multiply %1427, %1989 : tensor<128xf32>
    %1991 = stablehlo.add %1987, %1990 : tensor<128xf32>
    %1992 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1993 = "stablehlo.broadcast_in_dim"(%1992) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1994 = stablehlo.multiply %arg97, %1993 : tensor<128xf32>
    %1995 = stablehlo.multiply %1427, %1427 : tensor<128xf32>
    %1996 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1997 = "stablehlo.broadcast_in_dim"(%1996) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1998 = stablehlo.multiply %1995, %1997 : tensor<128xf32>
    %1999 = stablehlo.add %1994, %1998 : tensor<128xf32>
    %2000 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2001 = stablehlo.divide %1991, %2000 : tensor<128xf32>
    %2002 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2003 = stablehlo.divide %1999, %2002 : tensor<128xf32>
    %2004 = stablehlo.sqrt %2003 : tensor<128xf32>
    %2005 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2006 = "stablehlo.broadcast_in_dim"(%2005) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2007 = stablehlo.add %2004, %2006 : tensor<128xf32>
    %2008 = stablehlo.divide %2001, %2007 : tensor<128xf32>
    %2009 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2010 = stablehlo.multiply %2008, %2009 : tensor<128xf32>
    %2011 = stablehlo.subtract %arg17, %2010 : tensor<128xf32>
    %2012 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2013 = "stablehlo.broadcast_in_dim"(%2012) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2014 = stablehlo.multiply %arg58, %2013 : tensor<64x128xf32>
    %2015 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2016 = "stablehlo.broadcast_in_dim"(%2015) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2017 = stablehlo.multiply %1429, %2016 : tensor<64x128xf32>
    %2018 = stablehlo.add %2014, %2017 : tensor<64x128xf32>
    %2019 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2020 = "stablehlo.broadcast_in_dim"(%2019) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2021 = stablehlo.multiply %arg98, %2020 : tensor<64x128xf32>
    %2022 = stablehlo.multiply %1429, %1429 : tensor<64x128xf32>
    %2023 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2024 = "stablehlo.broadcast_in_dim"(%2023) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2025 = stablehlo.multiply %2022, %2024 : tensor<64x128xf32>
    %2026 = stablehlo.add %2021, %2025 : tensor<64x128xf32>
    %2027 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2028 = stablehlo.divide %2018, %2027 : tensor<64x128xf32>
    %2029 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2030 = stablehlo.divide %2026, %2029 : tensor<64x128xf32>
    %2031 = stablehlo.sqrt %2030 : tensor<64x128xf32>
    %2032 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2033 = "stablehlo.broadcast_in_dim"(%2032) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2034 = stablehlo.add %2031, %2033 : tensor<64x128xf32>
    %2035 = stablehlo.divide %2028, %2034 : tensor<64x128xf32>
    %2036 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2037 = "stablehlo.broadcast_in_dim"(%2036) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2038 = stablehlo.multiply %arg18, %2037 : tensor<64x128xf32>
    %2039 = stablehlo.add %2035, %2038 : tensor<64x128xf32>
    %2040 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2041 = stablehlo.multiply %2039, %2040 : tensor<64x128xf32>
    %2042 = stablehlo.subtract %arg18, %2041 : tensor<64x128xf32>
    %2043 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2044 = "stablehlo.broadcast_in_dim"(%2043) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2045 = stablehlo.multiply %arg59, %2044 : tensor<64xf32>
    %2046 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2047 = "stablehlo.broadcast_in_dim"(%2046) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2048 = stablehlo.multiply %1431, %2047 : tensor<64xf32>
    %2049 = stablehlo.add %2045, %2048 : tensor<64xf32>
    %2050 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2051 = "stablehlo.broadcast_in_dim"(%2050) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2052 = stablehlo.multiply %arg99, %2051 : tensor<64xf32>
    %2053 = stablehlo.multiply %1431, %1431 : tensor<64xf32>
    %2054 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2055 = "stablehlo.broadcast_in_dim"(%2054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2056 = stablehlo.multiply %2053, %2055 : tensor<64xf32>
    %2057 = stablehlo.add %2052, %2056 : tensor<64xf32>
    %2058 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2059 = stablehlo.divide %2049, %2058 : tensor<64xf32>
    %2060 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2061 = stablehlo.divide %2057, %2060 : tensor<64xf32>
    %2062 = stablehlo.sqrt %2061 : tensor<64xf32>
    %2063 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2064 = "stablehlo.broadcast_in_dim"(%2063) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2065 = stablehlo.add %2062, %2064 : tensor<64xf32>
    %2066 = stablehlo.divide %2059, %2065 : tensor<64xf32>
    %2067 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2068 = stablehlo.multiply %2066, %2067 : tensor<64xf32>
    %2069 = stablehlo.subtract %arg19, %2068 : tensor<64xf32>
    %2070 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2071 = "stablehlo.broadcast_in_dim"(%2070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2072 = stablehlo.multiply %arg60, %2071 : tensor<64xf32>
    %2073 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2074 = "stablehlo.broadcast_in_dim"(%2073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2075 = stablehlo.multiply %1433, %2074 : tensor<64xf32>
    %2076 = stablehlo.add %2072, %2075 : tensor<64xf32>
    %2077 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2078 = "stablehlo.broadcast_in_dim"(%2077) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2079 = stablehlo.multiply %arg100, %2078 : tensor<64xf32>
    %2080 = stablehlo.multiply %1433, %1433 : tensor<64xf32>
    %2081 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2082 = "stablehlo.broadcast_in_dim"(%2081) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2083 = stablehlo.multiply %2080, %2082 : tensor<64xf32>
    %2084 = stablehlo.add %2079, %2083 : tensor<64xf32>
    %2085 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2086 = stablehlo.divide %2076, %2085 : tensor<64xf32>
    %2087 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2088 = stablehlo.divide %2084, %2087 : tensor<64xf32>
    %2089 = stablehlo.sqrt %2088 : tensor<64xf32>
    %2090 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2091 = "stablehlo.broadcast_in_dim"(%2090) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2092 = stablehlo.add %2089, %2091 : tensor<64xf32>
    %2093 = stablehlo.divide %2086, %2092 : tensor<64xf32>
    %2094 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2095 = stablehlo.multiply %2093, %2094 : tensor<64xf32>
    %2096 = stablehlo.subtract %arg20, %2095 : tensor<64xf32>
    %2097 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2098 = "stablehlo.broadcast_in_dim"(%2097) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2099 = stablehlo.multiply %arg61, %2098 : tensor<64xf32>
    %2100 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2101 = "stablehlo.broadcast_in_dim"(%2100) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2102 = stablehlo.multiply %1435, %2101 : tensor<64xf32>
    %2103 = stablehlo.add %2099, %2102 : tensor<64xf32>
    %2104 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2105 = "stablehlo.broadcast_in_dim"(%2104) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2106 = stablehlo.multiply %arg101, %2105 : tensor<64xf32>
    %2107 = stablehlo.multiply %1435, %1435 : tensor<64xf32>
    %2108 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2109 = "stablehlo.broadcast_in_dim"(%2108) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2110 = stablehlo.multiply %2107, %2109 : tensor<64xf32>
    %2111 = stablehlo.add %2106, %2110 : tensor<64xf32>
    %2112 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2113 = stablehlo.divide %2103, %2112 : tensor<64xf32>
    %2114 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2115 = stablehlo.divide %2111, %2114 : tensor<64xf32>
    %2116 = stablehlo.sqrt %2115 : tensor<64xf32>
    %2117 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2118 = "stablehlo.broadcast_in_dim"(%2117) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2119 = stablehlo.add %2116, %2118 : tensor<64xf32>
    %2120 = stablehlo.divide %2113, %2119 : tensor<64xf32>
    %2121 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2122 = stablehlo.multiply %2120, %2121 : tensor<64xf32>
    %2123 = stablehlo.subtract %arg21, %2122 : tensor<64xf32>
    %2124 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2125 = "stablehlo.broadcast_in_dim"(%2124) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2126 = stablehlo.multiply %arg62, %2125 : tensor<64x64xf32>
    %2127 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2128 = "stablehlo.broadcast_in_dim"(%2127) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2129 = stablehlo.multiply %1437, %2128 : tensor<64x64xf32>
    %2130 = stablehlo.add %2126, %2129 : tensor<64x64xf32>
    %2131 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2132 = "stablehlo.broadcast_in_dim"(%2131) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2133 = stablehlo.multiply %arg102, %2132 : tensor<64x64xf32>
    %2134 = stablehlo.multiply %1437, %1437 : tensor<64x64xf32>
    %2135 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2136 = "stablehlo.broadcast_in_dim"(%2135) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2137 = stablehlo.multiply %2134, %2136 : tensor<64x64xf32>
    %2138 = stablehlo.add %2133, %2137 : tensor<64x64xf32>
    %2139 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2140 = stablehlo.divide %2130, %2139 : tensor<64x64xf32>
    %2141 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2142 = stablehlo.divide %2138, %2141 : tensor<64x64xf32>
    %2143 = stablehlo.sqrt %2142 : tensor<64x64xf32>
    %2144 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2145 = "stablehlo.broadcast_in_dim"(%2144) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2146 = stablehlo.add %2143, %2145 : tensor<64x64xf32>
    %2147 = stablehlo.divide %2140, %2146 : tensor<64x64xf32>
    %2148 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2149 = "stablehlo.broadcast_in_dim"(%2148) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2150 = stablehlo.multiply %arg22, %2149 : tensor<64x64xf32>
    %2151 = stablehlo.add %2147, %2150 : tensor<64x64xf32>
    %2152 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2153 = stablehlo.multiply %2151, %2152 : tensor<64x64xf32>
    %2154 = stablehlo.subtract %arg22, %2153 : tensor<64x64xf32>
    %2155 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2156 = "stablehlo.broadcast_in_dim"(%2155) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2157 = stablehlo.multiply %arg63, %2156 : tensor<64xf32>
    %2158 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2159 = "stablehlo.broadcast_in_dim"(%2158) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2160 = stablehlo.multiply %1439, %2159 : tensor<64xf32>
    %2161 = stablehlo.add %2157, %2160 : tensor<64xf32>
    %2162 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2163 = "stablehlo.broadcast_in_dim"(%2162) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2164 = stablehlo.multiply %arg103, %2163 : tensor<64xf32>
    %2165 = stablehlo.multiply %1439, %1439 : tensor<64xf32>
    %2166 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2167 = "stablehlo.broadcast_in_dim"(%2166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2168 = stablehlo.multiply %2165, %2167 : tensor<64xf32>
    %2169 = stablehlo.add %2164, %2168 : tensor<64xf32>
    %2170 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2171 = stablehlo.divide %2161, %2170 : tensor<64xf32>
    %2172 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2173 = stablehlo.divide %2169, %2172 : tensor<64xf32>
    %2174 = stablehlo.sqrt %2173 : tensor<64xf32>
    %2175 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2176 = "stablehlo.broadcast_in_dim"(%2175) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2177 = stablehlo.add %2174, %2176 : tensor<64xf32>
    %2178 = stablehlo.divide %2171, %2177 : tensor<64xf32>
    %2179 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2180 = stablehlo.multiply %2178, %2179 : tensor<64xf32>
    %2181 = stablehlo.subtract %arg23, %2180 : tensor<64xf32>
    %2182 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2183 = "stablehlo.broadcast_in_dim"(%2182) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2184 = stablehlo.multiply %arg64, %2183 : tensor<64x64xf32>
    %2185 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2186 = "stablehlo.broadcast_in_dim"(%2185) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2187 = stablehlo.multiply %1441, %2186 : tensor<64x64xf32>
    %2188 = stablehlo.add %2184, %2187 : tensor<64x64xf32>
    %2189 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2190 = "stablehlo.broadcast_in_dim"(%2189) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2191 = stablehlo.multiply %arg104, %2190 : tensor<64x64xf32>
    %2192 = stablehlo.multiply %1441, %1441 : tensor<64x64xf32>
    %2193 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2194 = "stablehlo.broadcast_in_dim"(%2193) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2195 = stablehlo.multiply %2192, %2194 : tensor<64x64xf32>
    %2196 = stablehlo.add %2191, %2195 : tensor<64x64xf32>
    %2197 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2198 = stablehlo.divide %2188, %2197 : tensor<64x64xf32>
    %2199 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2200 = stablehlo.divide %2196, %2199 : tensor<64x64xf32>
    %2201 = stablehlo.sqrt %2200 : tensor<64x64xf32>
    %2202 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2203 = "stablehlo.broadcast_in_dim"(%2202) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2204 = stablehlo.add %2201, %2203 : tensor<64x64xf32>
    %2205 = stablehlo.divide %2198, %2204 : tensor<64x64xf32>
    %2206 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2207 = "stablehlo.broadcast_in_dim"(%2206) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2208 = stablehlo.multiply %arg24, %2207 : tensor<64x64xf32>
    %2209 = stablehlo.add %2205, %2208 : tensor<64x64xf32>
    %2210 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2211 = stablehlo.multiply %2209, %2210 : tensor<64x64xf32>
    %2212 = stablehlo.subtract %arg24, %2211 : tensor<64x64xf32>
    %2213 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2214 = "stablehlo.broadcast_in_dim"(%2213) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2215 = stablehlo.multiply %arg65, %2214 : tensor<64xf32>
    %2216 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2217 = "stablehlo.broadcast_in_dim"(%2216) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2218 = stablehlo.multiply %1443, %2217 : tensor<64xf32>
    %2219 = stablehlo.add %2215, %2218 : tensor<64xf32>
    %2220 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2221 = "stablehlo.broadcast_in_dim"(%2220) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2222 = stablehlo.multiply %arg105, %2221 : tensor<64xf32>
    %2223 = stablehlo.multiply %1443, %1443 : tensor<64xf32>
    %2224 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2225 = "stablehlo.broadcast_in_dim"(%2224) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2226 = stablehlo.multiply %2223, %2225 : tensor<64xf32>
    %2227 = stablehlo.add %2222, %2226 : tensor<64xf32>
    %2228 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2229 = stablehlo.divide %2219, %2228 : tensor<64xf32>
    %2230 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2231 = stablehlo.divide %2227, %2230 : tensor<64xf32>
    %2232 = stablehlo.sqrt %2231 : tensor<64xf32>
    %2233 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2234 = "stablehlo.broadcast_in_dim"(%2233) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2235 = stablehlo.add %2232, %2234 : tensor<64xf32>
    %2236 = stablehlo.divide %2229, %2235 : tensor<64xf32>
    %2237 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2238 = stablehlo.multiply %2236, %2237 : tensor<64xf32>
    %2239 = stablehlo.subtract %arg25, %2238 : tensor<64xf32>
    %2240 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2241 = "stablehlo.broadcast_in_dim"(%2240) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2242 = stablehlo.multiply %arg66, %2241 : tensor<64x64xf32>
    %2243 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2244 = "stablehlo.broadcast_in_dim"(%2243) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2245 = stablehlo.multiply %1445, %2244 : tensor<64x64xf32>
    %2246 = stablehlo.add %2242, %2245 : tensor<64x64xf32>
    %2247 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2248 = "stablehlo.broadcast_in_dim"(%2247) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2249 = stablehlo.multiply %arg106, %2248 : tensor<64x64xf32>
    %2250 = stablehlo.multiply %1445, %1445 : tensor<64x64xf32>
    %2251 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2252 = "stablehlo.broadcast_in_dim"(%2251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2253 = stablehlo.multiply %2250, %2252 : tensor<64x64xf32>
    %2254 = stablehlo.add %2249, %2253 : tensor<64x64xf32>
    %2255 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2256 = stablehlo.divide %2246, %2255 : tensor<64x64xf32>
    %2257 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2258 = stablehlo.divide %2254, %2257 : tensor<64x64xf32>
    %2259 = stablehlo.sqrt %2258 : tensor<64x64xf32>
    %2260 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2261 = "stablehlo.broadcast_in_dim"(%2260) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2262 = stablehlo.add %2259, %2261 : tensor<64x64xf32>
    %2263 = stablehlo.divide %2256, %2262 : tensor<64x64xf32>
    %2264 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2265 = "stablehlo.broadcast_in_dim"(%2264) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2266 = stablehlo.multiply %arg26, %2265 : tensor<64x64xf32>
    %2267 = stablehlo.add %2263, %2266 : tensor<64x64xf32>
    %2268 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2269 = stablehlo.multiply %2267, %2268 : tensor<64x64xf32>
    %2270 = stablehlo.subtract %arg26, %2269 : tensor<64x64xf32>
    %2271 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2272 = "stablehlo.broadcast_in_dim"(%2271) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2273 = stablehlo.multiply %arg67, %2272 : tensor<64xf32>
    %2274 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2275 = "stablehlo.broadcast_in_dim"(%2274) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2276 = stablehlo.multiply %1447, %2275 : tensor<64xf32>
    %2277 = stablehlo.add %2273, %2276 : tensor<64xf32>
    %2278 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2279 = "stablehlo.broadcast_in_dim"(%2278) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2280 = stablehlo.multiply %arg107, %2279 : tensor<64xf32>
    %2281 = stablehlo.multiply %1447, %1447 : tensor<64xf32>
    %2282 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2283 = "stablehlo.broadcast_in_dim"(%2282) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2284 = stablehlo.multiply %2281, %2283 : tensor<64xf32>
    %2285 = stablehlo.add %2280, %2284 : tensor<64xf32>
    %2286 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2287 = stablehlo.divide %2277, %2286 : tensor<64xf32>
    %2288 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2289 = stablehlo.divide %2285, %2288 : tensor<64xf32>
    %2290 = stablehlo.sqrt %2289 : tensor<64xf32>
    %2291 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2292 = "stablehlo.broadcast_in_dim"(%2291) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2293 = stablehlo.add %2290, %2292 : tensor<64xf32>
    %2294 = stablehlo.divide %2287, %2293 : tensor<64xf32>
    %2295 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2296 = stablehlo.multiply %2294, %2295 : tensor<64xf32>
    %2297 = stablehlo.subtract %arg27, %2296 : tensor<64xf32>
    %2298 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2299 = "stablehlo.broadcast_in_dim"(%2298) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2300 = stablehlo.multiply %arg68, %2299 : tensor<64x64xf32>
    %2301 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2302 = "stablehlo.broadcast_in_dim"(%2301) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2303 = stablehlo.multiply %1449, %2302 : tensor<64x64xf32>
    %2304 = stablehlo.add %2300, %2303 : tensor<64x64xf32>
    %2305 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2306 = "stablehlo.broadcast_in_dim"(%2305) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2307 = stablehlo.multiply %arg108, %2306 : tensor<64x64xf32>
    %2308 = stablehlo.multiply %1449, %1449 : tensor<64x64xf32>
    %2309 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2310 = "stablehlo.broadcast_in_dim"(%2309) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2311 = stablehlo.multiply %2308, %2310 : tensor<64x64xf32>
    %2312 = stablehlo.add %2307, %2311 : tensor<64x64xf32>
    %2313 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2314 = stablehlo.divide %2304, %2313 : tensor<64x64xf32>
    %2315 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2316 = stablehlo.divide %2312, %2315 : tensor<64x64xf32>
    %2317 = stablehlo.sqrt %2316 : tensor<64x64xf32>
    %2318 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2319 = "stablehlo.broadcast_in_dim"(%2318) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2320 = stablehlo.add %2317, %2319 : tensor<64x64xf32>
    %2321 = stablehlo.divide %2314, %2320 : tensor<64x64xf32>
    %2322 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2323 = "stablehlo.broadcast_in_dim"(%2322) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2324 = stablehlo.multiply %arg28, %2323 : tensor<64x64xf32>
    %2325 = stablehlo.add %2321, %2324 : tensor<64x64xf32>
    %2326 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2327 = stablehlo.multiply %2325, %2326 : tensor<64x64xf32>
    %2328 = stablehlo.subtract %arg28, %2327 : tensor<64x64xf32>
    %2329 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2330 = "stablehlo.broadcast_in_dim"(%2329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2331 = stablehlo.multiply %arg69, %2330 : tensor<64xf32>
    %2332 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2333 = "stablehlo.broadcast_in_dim"(%2332) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2334 = stablehlo.multiply %1451, %2333 : tensor<64xf32>
    %2335 = stablehlo.add %2331, %2334 : tensor<64xf32>
    %2336 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2337 = "stablehlo.broadcast_in_dim"(%2336) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2338 = stablehlo.multiply %arg109, %2337 : tensor<64xf32>
    %2339 = stablehlo.multiply %1451, %1451 : tensor<64xf32>
    %2340 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2341 = "stablehlo.broadcast_in_dim"(%2340) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2342 = stablehlo.multiply %2339, %2341 : tensor<64xf32>
    %2343 = stablehlo.add %2338, %2342 : tensor<64xf32>
    %2344 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2345 = stablehlo.divide %2335, %2344 : tensor<64xf32>
    %2346 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2347 = stablehlo.divide %2343, %2346 : tensor<64xf32>
    %2348 = stablehlo.sqrt %2347 : tensor<64xf32>
    %2349 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2350 = "stablehlo.broadcast_in_dim"(%2349) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2351 = stablehlo.add %2348, %2350 : tensor<64xf32>
    %2352 = stablehlo.divide %2345, %2351 : tensor<64xf32>
    %2353 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2354 = stablehlo.multiply %2352, %2353 : tensor<64xf32>
    %2355 = stablehlo.subtract %arg29, %2354 : tensor<64xf32>
    %2356 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2357 = "stablehlo.broadcast_in_dim"(%2356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2358 = stablehlo.multiply %arg70, %2357 : tensor<64xf32>
    %2359 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2360 = "stablehlo.broadcast_in_dim"(%2359) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2361 = stablehlo.multiply %1453, %2360 : tensor<64xf32>
    %2362 = stablehlo.add %2358, %2361 : tensor<64xf32>
    %2363 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2364 = "stablehlo.broadcast_in_dim"(%2363) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2365 = stablehlo.multiply %arg110, %2364 : tensor<64xf32>
    %2366 = stablehlo.multiply %1453, %1453 : tensor<64xf32>
    %2367 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2368 = "stablehlo.broadcast_in_dim"(%2367) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2369 = stablehlo.multiply %2366, %2368 : tensor<64xf32>
    %2370 = stablehlo.add %2365, %2369 : tensor<64xf32>
    %2371 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2372 = stablehlo.divide %2362, %2371 : tensor<64xf32>
    %2373 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2374 = stablehlo.divide %2370, %2373 : tensor<64xf32>
    %2375 = stablehlo.sqrt %2374 : tensor<64xf32>
    %2376 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2377 = "stablehlo.broadcast_in_dim"(%2376) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2378 = stablehlo.add %2375, %2377 : tensor<64xf32>
    %2379 = stablehlo.divide %2372, %2378 : tensor<64xf32>
    %2380 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2381 = stablehlo.multiply %2379, %2380 : tensor<64xf32>
    %2382 = stablehlo.subtract %arg30, %2381 : tensor<64xf32>
    %2383 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2384 = "stablehlo.broadcast_in_dim"(%2383) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2385 = stablehlo.multiply %arg71, %2384 : tensor<64xf32>
    %2386 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2387 = "stablehlo.broadcast_in_dim"(%2386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2388 = stablehlo.multiply %1455, %2387 : tensor<64xf32>
    %2389 = stablehlo.add %2385, %2388 : tensor<64xf32>
    %2390 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2391 = "stablehlo.broadcast_in_dim"(%2390) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2392 = stablehlo.multiply %arg111, %2391 : tensor<64xf32>
    %2393 = stablehlo.multiply %1455, %1455 : tensor<64xf32>
    %2394 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2395 = "stablehlo.broadcast_in_dim"(%2394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2396 = stablehlo.multiply %2393, %2395 : tensor<64xf32>
    %2397 = stablehlo.add %2392, %2396 : tensor<64xf32>
    %2398 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2399 = stablehlo.divide %2389, %2398 : tensor<64xf32>
    %2400 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2401 = stablehlo.divide %2397, %2400 : tensor<64xf32>
    %2402 = stablehlo.sqrt %2401 : tensor<64xf32>
    %2403 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2404 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2405 = stablehlo.add %2402, %2404 : tensor<64xf32>
    %2406 = stablehlo.divide %2399, %2405 : tensor<64xf32>
    %2407 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2408 = stablehlo.multiply %2406, %2407 : tensor<64xf32>
    %2409 = stablehlo.subtract %arg31, %2408 : tensor<64xf32>
    %2410 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2411 = "stablehlo.broadcast_in_dim"(%2410) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2412 = stablehlo.multiply %arg72, %2411 : tensor<128x64xf32>
    %2413 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2414 = "stablehlo.broadcast_in_dim"(%2413) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2415 = stablehlo.multiply %1457, %2414 : tensor<128x64xf32>
    %2416 = stablehlo.add %2412, %2415 : tensor<128x64xf32>
    %2417 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2418 = "stablehlo.broadcast_in_dim"(%2417) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2419 = stablehlo.multiply %arg112, %2418 : tensor<128x64xf32>
    %2420 = stablehlo.multiply %1457, %1457 : tensor<128x64xf32>
    %2421 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2422 = "stablehlo.broadcast_in_dim"(%2421) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2423 = stablehlo.multiply %2420, %2422 : tensor<128x64xf32>
    %2424 = stablehlo.add %2419, %2423 : tensor<128x64xf32>
    %2425 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2426 = stablehlo.divide %2416, %2425 : tensor<128x64xf32>
    %2427 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2428 = stablehlo.divide %2424, %2427 : tensor<128x64xf32>
    %2429 = stablehlo.sqrt %2428 : tensor<128x64xf32>
    %2430 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2431 = "stablehlo.broadcast_in_dim"(%2430) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2432 = stablehlo.add %2429, %2431 : tensor<128x64xf32>
    %2433 = stablehlo.divide %2426, %2432 : tensor<128x64xf32>
    %2434 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2435 = "stablehlo.broadcast_in_dim"(%2434) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2436 = stablehlo.multiply %arg32, %2435 : tensor<128x64xf32>
    %2437 = stablehlo.add %2433, %2436 : tensor<128x64xf32>
    %2438 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2439 = stablehlo.multiply %2437, %2438 : tensor<128x64xf32>
    %2440 = stablehlo.subtract %arg32, %2439 : tensor<128x64xf32>
    %2441 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2442 = "stablehlo.broadcast_in_dim"(%2441) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2443 = stablehlo.multiply %arg73, %2442 : tensor<128xf32>
    %2444 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2445 = "stablehlo.broadcast_in_dim"(%2444) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2446 = stablehlo.multiply %1459, %2445 : tensor<128xf32>
    %2447 = stablehlo.add %2443, %2446 : tensor<128xf32>
    %2448 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2449 = "stablehlo.broadcast_in_dim"(%2448) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2450 = stablehlo.multiply %arg113, %2449 : tensor<128xf32>
    %2451 = stablehlo.multiply %1459, %1459 : tensor<128xf32>
    %2452 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2453 = "stablehlo.broadcast_in_dim"(%2452) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2454 = stablehlo.multiply %2451, %2453 : tensor<128xf32>
    %2455 = stablehlo.add %2450, %2454 : tensor<128xf32>
    %2456 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2457 = stablehlo.divide %2447, %2456 : tensor<128xf32>
    %2458 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2459 = stablehlo.divide %2455, %2458 : tensor<128xf32>
    %2460 = stablehlo.sqrt %2459 : tensor<128xf32>
    %2461 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2462 = "stablehlo.broadcast_in_dim"(%2461) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2463 = stablehlo.add %2460, %2462 : tensor<128xf32>
    %2464 = stablehlo.divide %2457, %2463 : tensor<128xf32>
    %2465 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2466 = stablehlo.multiply %2464, %2465 : tensor<128xf32>
    %2467 = stablehlo.subtract %arg33, %2466 : tensor<128xf32>
    %2468 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2469 = "stablehlo.broadcast_in_dim"(%2468) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2470 = stablehlo.multiply %arg74, %2469 : tensor<64x128xf32>
    %2471 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2472 = "stablehlo.broadcast_in_dim"(%2471) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2473 = stablehlo.multiply %1461, %2472 : tensor<64x128xf32>
    %2474 = stablehlo.add %2470, %2473 : tensor<64x128xf32>
    %2475 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2476 = "stablehlo.broadcast_in_dim"(%2475) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2477 = stablehlo.multiply %arg114, %2476 : tensor<64x128xf32>
    %2478 = stablehlo.multiply %1461, %1461 : tensor<64x128xf32>
    %2479 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2480 = "stablehlo.broadcast_in_dim"(%2479) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2481 = stablehlo.multiply %2478, %2480 : tensor<64x128xf32>
    %2482 = stablehlo.add %2477, %2481 : tensor<64x128xf32>
    %2483 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2484 = stablehlo.divide %2474, %2483 : tensor<64x128xf32>
    %2485 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2486 = stablehlo.divide %2482, %2485 : tensor<64x128xf32>
    %2487 = stablehlo.sqrt %2486 : tensor<64x128xf32>
    %2488 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2489 = "stablehlo.broadcast_in_dim"(%2488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2490 = stablehlo.add %2487, %2489 : tensor<64x128xf32>
    %2491 = stablehlo.divide %2484, %2490 : tensor<64x128xf32>
    %2492 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2493 = "stablehlo.broadcast_in_dim"(%2492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2494 = stablehlo.multiply %arg34, %2493 : tensor<64x128xf32>
    %2495 = stablehlo.add %2491, %2494 : tensor<64x128xf32>
    %2496 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2497 = stablehlo.multiply %2495, %2496 : tensor<64x128xf32>
    %2498 = stablehlo.subtract %arg34, %2497 : tensor<64x128xf32>
    %2499 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2500 = "stablehlo.broadcast_in_dim"(%2499) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2501 = stablehlo.multiply %arg75, %2500 : tensor<64xf32>
    %2502 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2503 = "stablehlo.broadcast_in_dim"(%2502) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2504 = stablehlo.multiply %1463, %2503 : tensor<64xf32>
    %2505 = stablehlo.add %2501, %2504 : tensor<64xf32>
    %2506 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2507 = "stablehlo.broadcast_in_dim"(%2506) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2508 = stablehlo.multiply %arg115, %2507 : tensor<64xf32>
    %2509 = stablehlo.multiply %1463, %1463 : tensor<64xf32>
    %2510 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2511 = "stablehlo.broadcast_in_dim"(%2510) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2512 = stablehlo.multiply %2509, %2511 : tensor<64xf32>
    %2513 = stablehlo.add %2508, %2512 : tensor<64xf32>
    %2514 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2515 = stablehlo.divide %2505, %2514 : tensor<64xf32>
    %2516 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2517 = stablehlo.divide %2513, %2516 : tensor<64xf32>
    %2518 = stablehlo.sqrt %2517 : tensor<64xf32>
    %2519 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2520 = "stablehlo.broadcast_in_dim"(%2519) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2521 = stablehlo.add %2518, %2520 : tensor<64xf32>
    %2522 = stablehlo.divide %2515, %2521 : tensor<64xf32>
    %2523 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2524 = stablehlo.multiply %2522, %2523 : tensor<64xf32>
    %2525 = stablehlo.subtract %arg35, %2524 : tensor<64xf32>
    %2526 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2527 = "stablehlo.broadcast_in_dim"(%2526) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2528 = stablehlo.multiply %arg76, %2527 : tensor<64xf32>
    %2529 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2530 = "stablehlo.broadcast_in_dim"(%2529) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2531 = stablehlo.multiply %1465, %2530 : tensor<64xf32>
    %2532 = stablehlo.add %2528, %2531 : tensor<64xf32>
    %2533 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2534 = "stablehlo.broadcast_in_dim"(%2533) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2535 = stablehlo.multiply %arg116, %2534 : tensor<64xf32>
    %2536 = stablehlo.multiply %1465, %1465 : tensor<64xf32>
    %2537 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2538 = "stablehlo.broadcast_in_dim"(%2537) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2539 = stablehlo.multiply %2536, %2538 : tensor<64xf32>
    %2540 = stablehlo.add %2535, %2539 : tensor<64xf32>
    %2541 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2542 = stablehlo.divide %2532, %2541 : tensor<64xf32>
    %2543 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2544 = stablehlo.divide %2540, %2543 : tensor<64xf32>
    %2545 = stablehlo.sqrt %2544 : tensor<64xf32>
    %2546 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2547 = "stablehlo.broadcast_in_dim"(%2546) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2548 = stablehlo.add %2545, %2547 : tensor<64xf32>
    %2549 = stablehlo.divide %2542, %2548 : tensor<64xf32>
    %2550 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2551 = stablehlo.multiply %2549, %2550 : tensor<64xf32>
    %2552 = stablehlo.subtract %arg36, %2551 : tensor<64xf32>
    %2553 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2554 = "stablehlo.broadcast_in_dim"(%2553) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2555 = stablehlo.multiply %arg77, %2554 : tensor<64xf32>
    %2556 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2557 = "stablehlo.broadcast_in_dim"(%2556) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2558 = stablehlo.multiply %1467, %2557 : tensor<64xf32>
    %2559 = stablehlo.add %2555, %2558 : tensor<64xf32>
    %2560 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2561 = "stablehlo.broadcast_in_dim"(%2560) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2562 = stablehlo.multiply %arg117, %2561 : tensor<64xf32>
    %2563 = stablehlo.multiply %1467, %1467 : tensor<64xf32>
    %2564 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2565 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2566 = stablehlo.multiply %2563, %2565 : tensor<64xf32>
    %2567 = stablehlo.add %2562, %2566 : tensor<64xf32>
    %2568 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2569 = stablehlo.divide %2559, %2568 : tensor<64xf32>
    %2570 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2571 = stablehlo.divide %2567, %2570 : tensor<64xf32>
    %2572 = stablehlo.sqrt %2571 : tensor<64xf32>
    %2573 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2574 = "stablehlo.broadcast_in_dim"(%2573) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2575 = stablehlo.add %2572, %2574 : tensor<64xf32>
    %2576 = stablehlo.divide %2569, %2575 : tensor<64xf32>
    %2577 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2578 = stablehlo.multiply %2576, %2577 : tensor<64xf32>
    %2579 = stablehlo.subtract %arg37, %2578 : tensor<64xf32>
    %2580 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2581 = "stablehlo.broadcast_in_dim"(%2580) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2582 = stablehlo.multiply %arg78, %2581 : tensor<5x64xf32>
    %2583 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2584 = "stablehlo.broadcast_in_dim"(%2583) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2585 = stablehlo.multiply %1469, %2584 : tensor<5x64xf32>
    %2586 = stablehlo.add %2582, %2585 : tensor<5x64xf32>
    %2587 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2588 = "stablehlo.broadcast_in_dim"(%2587) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2589 = stablehlo.multiply %arg118, %2588 : tensor<5x64xf32>
    %2590 = stablehlo.multiply %1469, %1469 : tensor<5x64xf32>
    %2591 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2592 = "stablehlo.broadcast_in_dim"(%2591) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2593 = stablehlo.multiply %2590, %2592 : tensor<5x64xf32>
    %2594 = stablehlo.add %2589, %2593 : tensor<5x64xf32>
    %2595 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2596 = stablehlo.divide %2586, %2595 : tensor<5x64xf32>
    %2597 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2598 = stablehlo.divide %2594, %2597 : tensor<5x64xf32>
    %2599 = stablehlo.sqrt %2598 : tensor<5x64xf32>
    %2600 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2601 = "stablehlo.broadcast_in_dim"(%2600) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2602 = stablehlo.add %2599, %2601 : tensor<5x64xf32>
    %2603 = stablehlo.divide %2596, %2602 : tensor<5x64xf32>
    %2604 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2605 = "stablehlo.broadcast_in_dim"(%2604) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2606 = stablehlo.multiply %arg38, %2605 : tensor<5x64xf32>
    %2607 = stablehlo.add %2603, %2606 : tensor<5x64xf32>
    %2608 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2609 = stablehlo.multiply %2607, %2608 : tensor<5x64xf32>
    %2610 = stablehlo.subtract %arg38, %2609 : tensor<5x64xf32>
    %2611 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2612 = "stablehlo.broadcast_in_dim"(%2611) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2613 = stablehlo.multiply %arg79, %2612 : tensor<5xf32>
    %2614 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2615 = "stablehlo.broadcast_in_dim"(%2614) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2616 = stablehlo.multiply %1471, %2615 : tensor<5xf32>
    %2617 = stablehlo.add %2613, %2616 : tensor<5xf32>
    %2618 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2619 = "stablehlo.broadcast_in_dim"(%2618) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2620 = stablehlo.multiply %arg119, %2619 : tensor<5xf32>
    %2621 = stablehlo.multiply %1471, %1471 : tensor<5xf32>
    %2622 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2623 = "stablehlo.broadcast_in_dim"(%2622) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2624 = stablehlo.multiply %2621, %2623 : tensor<5xf32>
    %2625 = stablehlo.add %2620, %2624 : tensor<5xf32>
    %2626 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2627 = stablehlo.divide %2617, %2626 : tensor<5xf32>
    %2628 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2629 = stablehlo.divide %2625, %2628 : tensor<5xf32>
    %2630 = stablehlo.sqrt %2629 : tensor<5xf32>
    %2631 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2632 = "stablehlo.broadcast_in_dim"(%2631) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2633 = stablehlo.add %2630, %2632 : tensor<5xf32>
    %2634 = stablehlo.divide %2627, %2633 : tensor<5xf32>
    %2635 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2636 = stablehlo.multiply %2634, %2635 : tensor<5xf32>
    %2637 = stablehlo.subtract %arg39, %2636 : tensor<5xf32>
    %2638 = stablehlo.constant dense<1> : tensor<i32>
    %2639 = stablehlo.add %arg120, %2638 : tensor<i32>
    return %1528, %1555, %1586, %1613, %1640, %1667, %1698, %1725, %1756, %1783, %1814, %1841, %1872, %1899, %1926, %1953, %1984, %2011, %2042, %2069, %2096, %2123, %2154, %2181, %2212, %2239, %2270, %2297, %2328, %2355, %2382, %2409, %2440, %2467, %2498, %2525, %2552, %2579, %2610, %2637, %1508, %1535, %1562, %1593, %1620, %1647, %1674, %1705, %1732, %1763, %1790, %1821, %1848, %1879, %1906, %1933, %1960, %1991, %2018, %2049, %2076, %2103, %2130, %2161, %2188, %2219, %2246, %2277, %2304, %2335, %2362, %2389, %2416, %2447, %2474, %2505, %2532, %2559, %2586, %2617, %1516, %1543, %1570, %1601, %1628, %1655, %1682, %1713, %1740, %1771, %1798, %1829, %1856, %1887, %1914, %1941, %1968, %1999, %2026, %2057, %2084, %2111, %2138, %2169, %2196, %2227, %2254, %2285, %2312, %2343, %2370, %2397, %2424, %2455, %2482, %2513, %2540, %2567, %2594, %2625, %2639, %485, %512, %1488, %1384 : tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
}
